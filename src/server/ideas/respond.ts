import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { preparedPerDatabase, type Database } from '../db/client.js';
import { ideas } from '../db/schema/index.js';
import { authorize } from '../http/authorize.js';
import type { AppEnv } from '../http/context.js';
import { ProblemError } from '../http/problem.js';
import { visibility, type Actor } from '../policies/index.js';
import { isAllowedMove } from './transitions.js';
import { presentIdea } from './present.js';
import { summariseScores } from './rubric.js';
import { findIdea, ideaColumns, type IdeaRow, type TimelineRow } from './service.js';

/** Loads an idea the actor may read; one the actor may not read does not exist for them. */
export async function loadReadableIdea(c: Context<AppEnv>, id: string): Promise<{ idea: IdeaRow; actor: Actor }> {
  const idea = await findIdea(c.var.services.database.db, id);
  const actor = authorize(c, 'idea.read', idea ?? { authorId: '', confidential: true }, { hiddenUnless: visibility.idea, notFoundDetail: 'No such idea' });
  if (!idea) throw new ProblemError('not-found', 'No such idea');
  return { idea, actor };
}

type JsonEvent = Omit<TimelineRow, 'createdAt'> & { createdAt: string };
type JsonCriterion = { key: string; name: string; description: string; weight: number };
type JsonScore = { reviewerId: string; criterionKey: string; score: number };
type JsonStage = { key: string; terminal: boolean };

/**
 * Everything the idea page shows, in one round trip: the row, the viewer's vote and follow,
 * the timeline, the scores with the rubric, and the stages (for the legal moves).
 */
const ideaPageQuery = preparedPerDatabase((db) =>
  db
    .select({
      ...ideaColumns,
      voted: sql<boolean>`EXISTS (SELECT 1 FROM idea_votes v WHERE v.idea_id = ideas.id AND v.user_id = ${sql.placeholder('viewerId')})`,
      following: sql<boolean>`EXISTS (SELECT 1 FROM idea_followers f WHERE f.idea_id = ideas.id AND f.user_id = ${sql.placeholder('viewerId')})`,
      events: sql<JsonEvent[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'id', e.id, 'ideaId', e.idea_id, 'type', e.type, 'actorId', e.actor_id, 'fromStage', e.from_stage, 'toStage', e.to_stage,
          'reason', e.reason, 'data', e.data, 'createdAt', e.created_at, 'actorName', a.name, 'assigneeName', r.name
        ) ORDER BY e.seq), '[]')
        FROM idea_events e LEFT JOIN users a ON a.id = e.actor_id LEFT JOIN users r ON r.id = e.data->>'reviewerId'
        WHERE e.idea_id = ideas.id)`,
      scores: sql<JsonScore[]>`(
        SELECT coalesce(json_agg(json_build_object('reviewerId', s.reviewer_id, 'criterionKey', s.criterion_key, 'score', s.score)), '[]')
        FROM idea_scores s WHERE s.idea_id = ideas.id)`,
      criteria: sql<JsonCriterion[]>`(
        SELECT coalesce(json_agg(json_build_object('key', c.key, 'name', c.name, 'description', c.description, 'weight', c.weight) ORDER BY c.position), '[]')
        FROM rubric_criteria c WHERE c.active)`,
      stages: sql<JsonStage[]>`(SELECT json_agg(json_build_object('key', st.key, 'terminal', st.terminal) ORDER BY st.position) FROM idea_stages st)`,
    })
    .from(ideas)
    .where(eq(ideas.id, sql.placeholder('ideaId')))
    .prepare('idea_page'),
);

async function loadIdeaPage(db: Database, ideaId: string, viewerId: string) {
  const [row] = await ideaPageQuery(db).execute({ ideaId, viewerId });
  return row;
}

type IdeaPage = NonNullable<Awaited<ReturnType<typeof loadIdeaPage>>>;

function present(page: IdeaPage, actor: Actor) {
  const { voted, following, events, scores, criteria, stages, ...idea } = page;
  const current = stages.find((stage) => stage.key === idea.stageKey);
  const moveTo = current?.terminal ? [] : stages.filter((stage) => isAllowedMove(idea.stageKey, stage.key)).map((stage) => stage.key);
  const timeline = events.map((event) => ({ ...event, createdAt: new Date(event.createdAt) }));
  return presentIdea(idea, timeline, actor, { voted, following, scores: summariseScores(criteria, scores, actor.id), moveTo });
}

/** The full idea response for an idea the actor may read: row, timeline, the viewer's vote, the scores and their abilities. */
export async function ideaResponse(c: Context<AppEnv>, ideaId: string, actor: Actor) {
  const page = await loadIdeaPage(c.var.services.database.db, ideaId, actor.id);
  if (!page) throw new ProblemError('not-found', 'No such idea');
  return present(page, actor);
}

/** `GET /ideas/{id}`: checks the viewer may read the idea on the same row it answers with. */
export async function readIdea(c: Context<AppEnv>, ideaId: string) {
  const viewer = c.get('actor');
  const page = viewer ? await loadIdeaPage(c.var.services.database.db, ideaId, viewer.id) : undefined;
  const actor = authorize(c, 'idea.read', page ?? { authorId: '', confidential: true }, { hiddenUnless: visibility.idea, notFoundDetail: 'No such idea' });
  if (!page) throw new ProblemError('not-found', 'No such idea');
  return present(page, actor);
}
