import { and, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ideaEvents, ideaStages, ideas, reasonCodes, users } from '../db/schema/index.js';
import type { Actor } from '../policies/index.js';
import { visibleTo } from './browse.js';
import type { DecisionQuery } from './schema.js';

const DECISIONS = ['accepted', 'parked', 'declined', 'merged'];

/** The public decision log: why ideas were accepted, parked, declined or merged, newest first. */
export async function listDecisions(db: Db, actor: Actor, query: DecisionQuery) {
  const filters: SQL[] = [eq(ideaEvents.type, 'transition'), inArray(ideaEvents.toStage, query.stage ? [query.stage] : DECISIONS)];
  const visible = visibleTo(actor);
  if (visible) filters.push(visible);
  if (query.reasonCode) filters.push(sql`${ideaEvents.data}->>'reasonCode' = ${query.reasonCode}`);
  if (query.area) filters.push(eq(ideas.area, query.area));
  if (query.siteId) filters.push(eq(ideas.siteId, query.siteId));
  if (query.before) {
    const [at, id] = query.before.split('~') as [string, string | undefined];
    const when = new Date(at);
    filters.push(id ? or(lt(ideaEvents.createdAt, when), and(eq(ideaEvents.createdAt, when), lt(ideaEvents.id, id)))! : lt(ideaEvents.createdAt, when));
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    filters.push(or(ilike(ideaEvents.reason, pattern), sql`${ideas.search} @@ websearch_to_tsquery('english', ${query.q})`)!);
  }
  const rows = await db
    .select({
      ideaId: ideas.id, ideaNumber: ideas.number, ideaTitle: ideas.title, area: ideas.area, siteId: ideas.siteId,
      stage: ideaEvents.toStage, data: ideaEvents.data, reason: ideaEvents.reason, reviewerId: ideaEvents.actorId,
      reviewerName: users.name, decidedAt: ideaEvents.createdAt, eventId: ideaEvents.id,
    })
    .from(ideaEvents)
    .innerJoin(ideas, eq(ideas.id, ideaEvents.ideaId))
    .leftJoin(users, eq(users.id, ideaEvents.actorId))
    .where(and(...filters))
    .orderBy(desc(ideaEvents.createdAt), desc(ideaEvents.id))
    .limit(query.limit);
  const last = rows.at(-1);
  const nextBefore = rows.length === query.limit && last ? `${last.decidedAt.toISOString()}~${last.eventId}` : null;
  const items = rows.map((row) => ({
    ideaId: row.ideaId,
    ideaNumber: row.ideaNumber,
    ideaTitle: row.ideaTitle,
    area: row.area,
    siteId: row.siteId,
    stage: row.stage!,
    reasonCode: typeof row.data.reasonCode === 'string' ? row.data.reasonCode : null,
    reason: row.reason,
    reviewer: row.reviewerId ? { id: row.reviewerId, name: row.reviewerName ?? 'Former member' } : null,
    decidedAt: row.decidedAt.toISOString(),
  }));
  return { items, nextBefore };
}

export function listReasonCodes(db: Db) {
  return db.select({ key: reasonCodes.key, label: reasonCodes.label }).from(reasonCodes).where(eq(reasonCodes.active, true)).orderBy(reasonCodes.label);
}

/** Every stage, in order, with what customers see and whether a reason is required. */
export function listStages(db: Db) {
  return db.select().from(ideaStages).orderBy(ideaStages.position);
}
