import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { ideaStages, ideas, ideaVotes, users } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';
import type { IdeaListQuery } from './schema.js';
import { ideaColumns, reviewers, type IdeaRow } from './service.js';

type Cursor = { createdAt?: string; id?: string; votes?: number; answered?: boolean; offset?: number };
const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (value && typeof value === 'object') return value;
  } catch {
    // fall through
  }
  throw new ProblemError('validation', 'The cursor is not valid', { errors: [{ path: 'query.cursor', message: 'Use nextCursor from a previous page' }] });
}

/** What the actor may see: everything but other people's confidential ideas (unless they review). */
export function visibleTo(actor: Actor): SQL | undefined {
  return actor.role === 'admin' || actor.role === 'reviewer' ? undefined : or(eq(ideas.confidential, false), eq(ideas.authorId, actor.id));
}

function filtersFor(actor: Actor, query: IdeaListQuery): SQL[] {
  const filters: SQL[] = [];
  const visible = visibleTo(actor);
  if (visible) filters.push(visible);
  if (query.area) filters.push(eq(ideas.area, query.area));
  if (query.siteId) filters.push(eq(ideas.siteId, query.siteId));
  if (query.tag) filters.push(sql`${ideas.tags} @> ARRAY[${query.tag.toLowerCase()}]::text[]`);
  if (query.mine) filters.push(eq(ideas.authorId, actor.id));
  if (query.following) filters.push(sql`EXISTS (SELECT 1 FROM idea_followers f WHERE f.idea_id = ${ideas.id} AND f.user_id = ${actor.id})`);
  if (query.voted) filters.push(sql`EXISTS (SELECT 1 FROM idea_votes v WHERE v.idea_id = ${ideas.id} AND v.user_id = ${actor.id})`);
  if (query.overdue) filters.push(overdue);
  if (query.q) filters.push(sql`${ideas.search} @@ websearch_to_tsquery('english', ${query.q})`);
  return filters;
}

/** Past the promise: no first answer by its due time, or no decision by its due time. */
export const overdue = sql`((${ideas.firstResponseAt} IS NULL AND ${ideas.firstResponseDueAt} < now()) OR (${ideas.decidedAt} IS NULL AND ${ideas.decisionDueAt} < now()))`;

/** Votes decayed by age (hours), so fresh ideas with momentum rise above old favourites. */
const trendingScore = sql`(${ideas.voteCount} + 1) / power(extract(epoch from (now() - ${ideas.createdAt})) / 3600 + 2, 1.5)`;

function orderAndAfter(query: IdeaListQuery, cursor: Cursor | undefined): { order: SQL[]; after?: SQL } {
  const at = cursor?.createdAt ? new Date(cursor.createdAt) : undefined;
  const id = cursor?.id ?? '';
  const olderThan = at ? or(lt(ideas.createdAt, at), and(eq(ideas.createdAt, at), lt(ideas.id, id)))! : undefined;
  switch (query.sort) {
    case 'top':
      return {
        order: [desc(ideas.voteCount), desc(ideas.createdAt), desc(ideas.id)],
        ...(at && olderThan ? { after: or(lt(ideas.voteCount, cursor!.votes ?? 0), and(eq(ideas.voteCount, cursor!.votes ?? 0), olderThan))! } : {}),
      };
    case 'waiting': {
      // Unanswered first, longest waiting first; answered ideas follow, oldest first.
      const answered = sql`(${ideas.firstResponseAt} IS NOT NULL)`;
      const newerThan = at ? or(gt(ideas.createdAt, at), and(eq(ideas.createdAt, at), gt(ideas.id, id)))! : undefined;
      return {
        order: [asc(answered), asc(ideas.createdAt), asc(ideas.id)],
        ...(at && newerThan
          ? { after: cursor!.answered ? and(isNotNull(ideas.firstResponseAt), newerThan)! : or(isNotNull(ideas.firstResponseAt), and(isNull(ideas.firstResponseAt), newerThan))! }
          : {}),
      };
    }
    case 'trending':
      // The score moves with the clock, so pages go by position.
      return { order: [desc(trendingScore), desc(ideas.id)] };
    default:
      return { order: [desc(ideas.createdAt), desc(ideas.id)], ...(olderThan ? { after: olderThan } : {}) };
  }
}

/** One page of the ideas the actor may see, plus counts per stage for the same filter. */
export async function listIdeas(db: Db, actor: Actor, query: IdeaListQuery) {
  const cursor = query.cursor ? decode(query.cursor) : undefined;
  const base = filtersFor(actor, query);
  const pageFilters = [...base];
  if (query.stage) pageFilters.push(eq(ideas.stageKey, query.stage));
  const { order, after } = orderAndAfter(query, cursor);
  if (after) pageFilters.push(after);
  const offset = query.sort === 'trending' ? (cursor?.offset ?? 0) : 0;

  const [rows, counts] = await Promise.all([
    db
      .select(ideaColumns)
      .from(ideas)
      .innerJoin(ideaStages, eq(ideaStages.key, ideas.stageKey))
      .innerJoin(users, eq(users.id, ideas.authorId))
      .leftJoin(reviewers, eq(reviewers.id, ideas.assignedReviewerId))
      .where(pageFilters.length ? and(...pageFilters) : undefined)
      .orderBy(...order)
      .limit(query.limit + 1)
      .offset(offset),
    db.select({ stage: ideas.stageKey, n: count() }).from(ideas).where(base.length ? and(...base) : undefined).groupBy(ideas.stageKey),
  ]);
  const page: IdeaRow[] = rows.slice(0, query.limit);
  const last = page.at(-1);
  const votedRows = page.length
    ? await db.select({ ideaId: ideaVotes.ideaId }).from(ideaVotes).where(and(eq(ideaVotes.userId, actor.id), inArray(ideaVotes.ideaId, page.map((row) => row.id))))
    : [];
  const nextCursor =
    rows.length > query.limit && last
      ? encode(
          query.sort === 'trending'
            ? { offset: offset + query.limit }
            : { createdAt: last.createdAt.toISOString(), id: last.id, votes: last.voteCount, answered: last.firstResponseAt !== null },
        )
      : null;
  return {
    rows: page,
    voted: new Set(votedRows.map((row) => row.ideaId)),
    nextCursor,
    counts: Object.fromEntries(counts.map((row) => [row.stage, row.n])) as Record<string, number>,
  };
}

/**
 * Ideas like the text being typed: full-text matches on any of its words, plus typo-tolerant
 * trigram matches on titles. Merged ideas are left out; they point elsewhere.
 */
export async function similarIdeas(db: Database, actor: Actor, text: string, limit = 5) {
  const anyWord = sql`nullif(replace(plainto_tsquery('english', ${text})::text, '&', '|'), '')::tsquery`;
  const score = sql<number>`coalesce(ts_rank(${ideas.search}, ${anyWord}), 0) + word_similarity(${text}, ${ideas.title})`;
  const visible = visibleTo(actor);
  return db.transaction(async (tx) => {
    // Looser than the default 0.6, so two typos in a short title still match (and the index still applies).
    await tx.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.3`);
    return tx
    .select({ id: ideas.id, number: ideas.number, title: ideas.title, stageKey: ideas.stageKey, stageName: ideaStages.name, score })
    .from(ideas)
    .innerJoin(ideaStages, eq(ideaStages.key, ideas.stageKey))
    .where(
      and(
        ne(ideas.stageKey, 'merged'),
        visible,
        or(sql`${ideas.search} @@ ${anyWord}`, sql`${text} <% ${ideas.title}`),
      ),
    )
    .orderBy(desc(score))
    .limit(limit);
  });
}
