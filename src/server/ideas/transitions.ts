import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { ideaEvents, ideaStages, ideas, ideaVotes, reasonCodes } from '../db/schema/index.js';
import { recordAudit } from '../audit/service.js';
import { publish } from '../events/realtime.js';
import { ProblemError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';
import type { Notifier } from '../notifications/service.js';
import { actorName, type IdeaRow } from './service.js';

export type TransitionInput = { to: string; reason?: string; reasonCode?: string; revisitOn?: string; mergeInto?: string };

/** Moves between the default stages; a custom stage may be reached from any open stage. */
const NEXT: Record<string, readonly string[]> = {
  submitted: ['in_review', 'needs_info', 'accepted', 'parked', 'declined', 'merged'],
  in_review: ['needs_info', 'accepted', 'parked', 'declined', 'merged'],
  needs_info: ['in_review', 'accepted', 'parked', 'declined', 'merged'],
  accepted: ['experimenting', 'implemented', 'parked', 'declined'],
  experimenting: ['scaling', 'implemented', 'parked', 'accepted'],
  scaling: ['implemented', 'parked'],
  parked: ['in_review', 'accepted', 'declined', 'merged'],
};
const DEFAULT_STAGES = new Set([...Object.keys(NEXT), 'implemented', 'declined', 'merged']);

/** Default stages follow NEXT; admins' own stages can be reached from, and left to, any open stage. */
export function isAllowedMove(from: string, to: string): boolean {
  if (from === to || to === 'submitted') return false;
  if (!DEFAULT_STAGES.has(from) || !DEFAULT_STAGES.has(to)) return true;
  return NEXT[from]?.includes(to) ?? false;
}

/** Stages that close the question "will we do it?". */
export const DECISION_STAGES = ['accepted', 'parked', 'declined', 'merged', 'implemented'];

const invalid = (path: string, message: string) => new ProblemError('validation', message, { errors: [{ path, message }] });

/**
 * One reviewed move with its decision record (reason, code, reviewer, time) on the public
 * timeline. Merging moves the duplicate's votes to the target, one per person.
 */
export async function transitionIdea(db: Database, actor: Actor, idea: IdeaRow, input: TransitionInput, notify?: Notifier): Promise<void> {
  await db.transaction(async (tx) => {
    const [from, to] = await Promise.all([
      tx.select().from(ideaStages).where(eq(ideaStages.key, idea.stageKey)).then((rows) => rows[0]!),
      tx.select().from(ideaStages).where(eq(ideaStages.key, input.to)).then((rows) => rows[0]),
    ]);
    if (!to) throw invalid('to', `There is no stage "${input.to}"`);
    if (from.terminal) throw new ProblemError('conflict', `"${idea.title}" is ${from.name.toLowerCase()}; a closed idea does not move again`);
    if (!isAllowedMove(from.key, to.key)) throw new ProblemError('conflict', `An idea cannot move from ${from.name} to ${to.name}`);
    const reason = input.reason?.trim();
    if (to.reasonRequired && !reason) throw invalid('reason', `Say why the idea is ${to.name.toLowerCase()}: a reason is required`);
    if (input.reasonCode) {
      const [code] = await tx.select().from(reasonCodes).where(and(eq(reasonCodes.key, input.reasonCode), eq(reasonCodes.active, true)));
      if (!code) throw invalid('reasonCode', `There is no reason code "${input.reasonCode}"`);
    }
    if (to.key === 'parked' && !input.revisitOn) throw invalid('revisitOn', 'Say when to look at a parked idea again');
    if (to.key === 'parked' && input.revisitOn! <= new Date().toISOString().slice(0, 10)) throw invalid('revisitOn', 'The revisit date must be in the future');
    let target: { id: string; stageKey: string } | undefined;
    if (to.key === 'merged') {
      if (!input.mergeInto) throw invalid('mergeInto', 'Say which idea this one duplicates');
      if (input.mergeInto === idea.id) throw invalid('mergeInto', 'An idea cannot be merged into itself');
      [target] = await tx.select({ id: ideas.id, stageKey: ideas.stageKey }).from(ideas).where(eq(ideas.id, input.mergeInto));
      if (!target || target.stageKey === 'merged') throw invalid('mergeInto', 'No open idea with that id');
    }

    const now = new Date();
    await tx
      .update(ideas)
      .set({
        stageKey: to.key,
        revisitOn: to.key === 'parked' ? input.revisitOn! : null,
        mergedIntoId: target?.id ?? null,
        firstResponseAt: idea.firstResponseAt ?? now,
        ...(DECISION_STAGES.includes(to.key) && !idea.decidedAt ? { decidedAt: now } : {}),
        updatedAt: now,
        version: sql`${ideas.version} + 1`,
      })
      .where(eq(ideas.id, idea.id));
    await tx.insert(ideaEvents).values({
      ideaId: idea.id,
      type: 'transition',
      actorId: actor.id,
      fromStage: from.key,
      toStage: to.key,
      reason: reason ?? null,
      data: {
        ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}),
        ...(input.revisitOn && to.key === 'parked' ? { revisitOn: input.revisitOn } : {}),
        ...(target ? { mergedInto: target.id } : {}),
      },
    });
    if (target) await moveVotes(tx, idea.id, target.id);
    await recordAudit(tx, {
      action: 'idea.transitioned',
      actorId: actor.id,
      subject: { type: 'idea', id: idea.id },
      data: { from: from.key, to: to.key, ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}) },
    });
    await notify?.(tx, {
      eventKey: `transition:${idea.id}:${idea.version}`,
      kind: 'status_change',
      ideaId: idea.id,
      actorId: actor.id,
      actorName: await actorName(tx, actor.id),
      detail: to.name,
    });
    await publish(tx, { type: 'idea.updated', id: idea.id, version: idea.version + 1 });
  });
}

/** Votes and followers follow a merge; someone who voted for both keeps a single vote. */
async function moveVotes(tx: Parameters<Parameters<Database['transaction']>[0]>[0], fromId: string, toId: string): Promise<void> {
  await tx.execute(sql`
    INSERT INTO idea_votes (idea_id, user_id, created_at)
    SELECT ${toId}, v.user_id, v.created_at FROM idea_votes v
    JOIN ideas target ON target.id = ${toId}
    WHERE v.idea_id = ${fromId} AND v.user_id <> target.author_id
    ON CONFLICT (idea_id, user_id) DO NOTHING`);
  await tx.delete(ideaVotes).where(eq(ideaVotes.ideaId, fromId));
  // Followers of the duplicate keep hearing about the idea it became part of.
  await tx.execute(sql`
    INSERT INTO idea_followers (idea_id, user_id, created_at)
    SELECT ${toId}, f.user_id, f.created_at FROM idea_followers f WHERE f.idea_id = ${fromId}
    ON CONFLICT (idea_id, user_id) DO NOTHING`);
  await tx.execute(sql`
    UPDATE ideas SET
      vote_count = (SELECT count(*)::int FROM idea_votes WHERE idea_id = ideas.id),
      version = version + 1
    WHERE id IN (${fromId}, ${toId})`);
}
