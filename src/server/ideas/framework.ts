import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ideaStages, ideas, reasonCodes } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';

/** Keys the workflow itself relies on; they can be renamed and relabelled, never removed. */
export const BUILT_IN_STAGES = ['submitted', 'in_review', 'needs_info', 'accepted', 'experimenting', 'scaling', 'implemented', 'parked', 'declined', 'merged'];

/** Closing an idea without saying why is never allowed. */
const REASON_ALWAYS = ['parked', 'declined', 'merged'];

export type StageInput = { name: string; position: number; terminal: boolean; customerLabel: string; reasonRequired: boolean };

/** Adds or changes a stage. Built-in stages keep whether they close an idea, so the workflow holds. */
export async function saveStage(db: Db, key: string, input: StageInput) {
  const builtIn = BUILT_IN_STAGES.includes(key);
  if (REASON_ALWAYS.includes(key) && !input.reasonRequired) {
    throw new ProblemError('validation', 'Parking, declining and merging always need a reason', {
      errors: [{ path: 'reasonRequired', message: 'Always required for this stage' }],
    });
  }
  if (builtIn) {
    const [current] = await db.select().from(ideaStages).where(eq(ideaStages.key, key));
    if (current && current.terminal !== input.terminal) {
      throw new ProblemError('validation', `"${current.name}" is part of the workflow; whether it closes an idea cannot change`, {
        errors: [{ path: 'terminal', message: 'Fixed for built-in stages' }],
      });
    }
  }
  const [stage] = await db
    .insert(ideaStages)
    .values({ key, ...input })
    .onConflictDoUpdate({ target: ideaStages.key, set: input })
    .returning();
  return stage!;
}

/** Removes a stage an admin added, when no idea is in it. */
export async function deleteStage(db: Db, key: string): Promise<void> {
  if (BUILT_IN_STAGES.includes(key)) throw new ProblemError('conflict', 'Built-in stages cannot be removed; rename them instead');
  const [inUse] = await db.select({ n: count() }).from(ideas).where(eq(ideas.stageKey, key));
  if (inUse && inUse.n > 0) throw new ProblemError('conflict', `${inUse.n} idea${inUse.n === 1 ? ' is' : 's are'} in this stage; move them first`);
  const deleted = await db.delete(ideaStages).where(eq(ideaStages.key, key)).returning({ key: ideaStages.key });
  if (deleted.length === 0) throw new ProblemError('not-found', 'No such stage');
}

/** Adds, renames or retires a reason code; retired codes stay on past decisions. */
export async function saveReasonCode(db: Db, key: string, input: { label: string; active: boolean }) {
  const [code] = await db.insert(reasonCodes).values({ key, ...input }).onConflictDoUpdate({ target: reasonCodes.key, set: input }).returning();
  return code!;
}
