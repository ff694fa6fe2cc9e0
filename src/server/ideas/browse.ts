import { and, asc, count, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Db } from '../db/client.js';
import { ideaStageCounts, ideas, ideaVotes } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import { can, type Actor } from '../policies/index.js';
import type { IdeaListQuery } from './schema.js';
import { ideaColumns, type IdeaRow } from './service.js';

type Cursor = { createdAt?: string; id?: string; votes?: number; answered?: boolean; trending?: number };
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

/** Whether the actor may read other people's confidential ideas: asked of the idea.read rule, not restated. */
const seesConfidential = (actor: Actor) => can(actor, 'idea.read', { authorId: '', confidential: true });

/** The idea.read rule as SQL, so lists filter in the database: other people's confidential ideas only for those who may read them. */
export function visibleTo(actor: Actor): SQL | undefined {
  return seesConfidential(actor) ? undefined : or(eq(ideas.confidential, false), eq(ideas.authorId, actor.id));
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

/** Keyset "after the cursor" conditions are row comparisons, which Postgres matches to an index. */
function orderAndAfter(query: IdeaListQuery, cursor: Cursor | undefined): { order: SQL[]; after?: SQL } {
  const at = cursor?.createdAt ? new Date(cursor.createdAt) : undefined;
  const id = cursor?.id ?? '';
  const olderThan = at ? sql`(${ideas.createdAt}, ${ideas.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)` : undefined;
  switch (query.sort) {
    case 'top':
      return {
        order: [desc(ideas.voteCount), desc(ideas.createdAt), desc(ideas.id)],
        ...(at ? { after: sql`(${ideas.voteCount}, ${ideas.createdAt}, ${ideas.id}) < (${cursor!.votes ?? 0}, ${at.toISOString()}::timestamptz, ${id}::uuid)` } : {}),
      };
    case 'waiting': {
      // Unanswered first, longest waiting first; answered ideas follow, oldest first.
      const answered = sql`(${ideas.firstResponseAt} IS NOT NULL)`;
      return {
        order: [asc(answered), asc(ideas.createdAt), asc(ideas.id)],
        ...(at ? { after: sql`(${answered}, ${ideas.createdAt}, ${ideas.id}) > (${cursor!.answered ?? false}, ${at.toISOString()}::timestamptz, ${id}::uuid)` } : {}),
      };
    }
    case 'trending':
      // A stored score (see the schema): pages are stable even as the clock moves.
      return {
        order: [desc(ideas.trending), desc(ideas.id)],
        ...(cursor?.trending !== undefined ? { after: sql`(${ideas.trending}, ${ideas.id}) < (${cursor.trending}::float8, ${id}::uuid)` } : {}),
      };
    default:
      return { order: [desc(ideas.createdAt), desc(ideas.id)], ...(olderThan ? { after: olderThan } : {}) };
  }
}

/**
 * Ideas per stage for the list's filter. Area and site filters read the counters the database
 * keeps (work proportional to the number of stages, not ideas); narrower filters count their
 * matches, which their own indexes find.
 */
async function stageCounts(db: Db, actor: Actor, query: IdeaListQuery, base: SQL[]): Promise<Record<string, number>> {
  let rows: { stage: string; n: number }[];
  if (query.tag || query.mine || query.following || query.voted || query.overdue || query.q) {
    rows = await db.select({ stage: ideas.stageKey, n: count() }).from(ideas).where(base.length ? and(...base) : undefined).groupBy(ideas.stageKey);
  } else {
    const counters = [
      query.area ? eq(ideaStageCounts.area, query.area) : undefined,
      query.siteId ? eq(ideaStageCounts.siteKey, query.siteId) : undefined,
      seesConfidential(actor) ? undefined : eq(ideaStageCounts.confidential, false),
    ];
    const own = [
      eq(ideas.authorId, actor.id),
      eq(ideas.confidential, true),
      query.area ? eq(ideas.area, query.area) : undefined,
      query.siteId ? eq(ideas.siteId, query.siteId) : undefined,
    ];
    // Members also count their own confidential ideas, which the shared counters leave out for them.
    const ownConfidential = seesConfidential(actor)
      ? sql``
      : sql`UNION ALL SELECT ${ideas.stageKey}, count(*)::int FROM ${ideas} WHERE ${and(...own)} GROUP BY ${ideas.stageKey}`;
    rows = await queryRows<{ stage: string; n: number }>(
      db,
      sql`SELECT stage, sum(n)::int AS n FROM (
            SELECT ${ideaStageCounts.stageKey} AS stage, ${ideaStageCounts.n} AS n FROM ${ideaStageCounts} WHERE ${and(sql`true`, ...counters)}
            ${ownConfidential}
          ) AS c(stage, n) GROUP BY stage HAVING sum(n) > 0`,
    );
  }
  return Object.fromEntries(rows.map((row) => [row.stage, Number(row.n)]));
}

/** One page of the ideas the actor may see (with whether they voted), plus counts per stage for the same filter. */
export async function listIdeas(db: Db, actor: Actor, query: IdeaListQuery) {
  const cursor = query.cursor ? decode(query.cursor) : undefined;
  const base = filtersFor(actor, query);
  const pageFilters = [...base];
  if (query.stage) pageFilters.push(eq(ideas.stageKey, query.stage));
  const { order, after } = orderAndAfter(query, cursor);
  if (after) pageFilters.push(after);

  const [rows, counts] = await Promise.all([
    db
      .select({
        ...ideaColumns,
        trending: ideas.trending,
        // A join, not EXISTS: Postgres then probes the vote key per listed idea instead of
        // hashing every vote the viewer ever cast.
        voted: sql<boolean>`(${ideaVotes.userId} IS NOT NULL)`,
      })
      .from(ideas)
      .leftJoin(ideaVotes, and(eq(ideaVotes.ideaId, ideas.id), eq(ideaVotes.userId, actor.id)))
      .where(pageFilters.length ? and(...pageFilters) : undefined)
      .orderBy(...order)
      .limit(query.limit + 1),
    stageCounts(db, actor, query, base),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encode(
          query.sort === 'trending'
            ? { trending: last.trending, id: last.id }
            : { createdAt: last.createdAt.toISOString(), id: last.id, votes: last.voteCount, answered: last.firstResponseAt !== null },
        )
      : null;
  return {
    rows: page as (IdeaRow & { voted: boolean })[],
    nextCursor,
    counts,
  };
}

/**
 * Ideas like the text being typed: the nearest titles by trigram word similarity (typo-tolerant;
 * the GiST index answers "nearest first" directly) and the best full-text matches of all its
 * words; a handful of candidates from each, ranked together. Merged ideas are left out.
 */
export async function similarIdeas(db: Database, actor: Actor, text: string, limit = 5) {
  const candidates = 20;
  const anyWord = sql`nullif(replace(plainto_tsquery('english', ${text})::text, '&', '|'), '')::tsquery`;
  const allWords = sql`plainto_tsquery('english', ${text})`;
  const score = sql<number>`coalesce(ts_rank(${ideas.search}, ${anyWord}), 0) + word_similarity(${text}, ${ideas.title})`;
  const open = and(ne(ideas.stageKey, 'merged'), visibleTo(actor));
  const nearestTitles = db.select({ id: ideas.id }).from(ideas).where(open).orderBy(sql`${text} <<-> ${ideas.title}`).limit(candidates);
  const bestMatches = db
    .select({ id: ideas.id })
    .from(ideas)
    .where(and(open, sql`${ideas.search} @@ ${allWords}`))
    .orderBy(sql`ts_rank(${ideas.search}, ${allWords}) DESC`)
    .limit(candidates);
  return db
    .select({ id: ideas.id, number: ideas.number, title: ideas.title, stageKey: ideas.stageKey, stageName: ideaColumns.stageName, score })
    .from(ideas)
    .where(
      and(
        sql`${ideas.id} IN (${nearestTitles} UNION ${bestMatches})`,
        // Looser than pg_trgm's default 0.6, so two typos in a short title still count as similar.
        or(sql`word_similarity(${text}, ${ideas.title}) >= 0.3`, sql`${ideas.search} @@ ${anyWord}`),
      ),
    )
    .orderBy(desc(score))
    .limit(limit);
}
