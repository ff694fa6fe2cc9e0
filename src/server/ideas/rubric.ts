import { asc, eq, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { ideaScores, rubricCriteria } from '../db/schema/index.js';
import { publish } from '../events/realtime.js';
import { ProblemError, type FieldError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';

export type Criterion = typeof rubricCriteria.$inferSelect;

export function activeCriteria(db: Db): Promise<Criterion[]> {
  return db.select().from(rubricCriteria).where(eq(rubricCriteria.active, true)).orderBy(asc(rubricCriteria.position));
}

/** Saves one reviewer's scores (1–5 per criterion); a later save replaces the earlier one. */
export async function saveScores(db: Database, actor: Actor, ideaId: string, version: number, scores: Record<string, number>): Promise<void> {
  await db.transaction(async (tx) => {
    const criteria = await activeCriteria(tx);
    const known = new Set(criteria.map((criterion) => criterion.key));
    const errors: FieldError[] = Object.keys(scores)
      .filter((key) => !known.has(key))
      .map((key) => ({ path: `scores.${key}`, message: 'Not a criterion of the rubric' }));
    if (errors.length) throw new ProblemError('validation', 'Some scores are for unknown criteria', { errors });
    const rows = Object.entries(scores).map(([criterionKey, score]) => ({ ideaId, reviewerId: actor.id, criterionKey, score }));
    if (rows.length) {
      await tx
        .insert(ideaScores)
        .values(rows)
        .onConflictDoUpdate({
          target: [ideaScores.ideaId, ideaScores.reviewerId, ideaScores.criterionKey],
          set: { score: sql`excluded.score`, updatedAt: new Date() },
        });
    }
    await recordAudit(tx, { action: 'idea.reviewed', actorId: actor.id, subject: { type: 'idea', id: ideaId }, data: { scores } });
    await publish(tx, { type: 'idea.updated', id: ideaId, version });
  });
}

export type ScoreSummary = {
  criteria: { key: string; name: string; description: string; weight: number; average: number | null; count: number }[];
  weightedTotal: number | null;
  reviewerCount: number;
  mine: Record<string, number>;
};

type ScoreRow = { reviewerId: string; criterionKey: string; score: number };

/** Each criterion's average and the weighted total (1–5) over every reviewer's scores. */
export function summariseScores(criteria: Pick<Criterion, 'key' | 'name' | 'description' | 'weight'>[], rows: ScoreRow[], viewerId: string): ScoreSummary {
  const summary = criteria.map((criterion) => {
    const scores = rows.filter((row) => row.criterionKey === criterion.key).map((row) => row.score);
    const average = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null;
    return { key: criterion.key, name: criterion.name, description: criterion.description, weight: criterion.weight, average, count: scores.length };
  });
  const scored = summary.filter((criterion) => criterion.average !== null);
  const weight = scored.reduce((total, criterion) => total + criterion.weight, 0);
  return {
    criteria: summary,
    weightedTotal: weight ? Math.round((scored.reduce((total, c) => total + c.average! * c.weight, 0) / weight) * 100) / 100 : null,
    reviewerCount: new Set(rows.map((row) => row.reviewerId)).size,
    mine: Object.fromEntries(rows.filter((row) => row.reviewerId === viewerId).map((row) => [row.criterionKey, row.score])),
  };
}

/** Replaces the rubric: listed criteria are kept or added in this order, the others retired (their scores stay). */
export async function replaceRubric(db: Database, criteria: { key: string; name: string; description: string; weight: number }[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [index, criterion] of criteria.entries()) {
      await tx
        .insert(rubricCriteria)
        .values({ ...criterion, position: (index + 1) * 10, active: true })
        .onConflictDoUpdate({
          target: rubricCriteria.key,
          set: { name: criterion.name, description: criterion.description, weight: criterion.weight, position: (index + 1) * 10, active: true },
        });
    }
    const keys = criteria.map((criterion) => criterion.key);
    await tx.update(rubricCriteria).set({ active: false }).where(keys.length ? notInArray(rubricCriteria.key, keys) : undefined);
  });
}
