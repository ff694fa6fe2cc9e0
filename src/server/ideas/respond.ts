import type { Context } from 'hono';
import { authorize } from '../http/authorize.js';
import type { AppEnv } from '../http/context.js';
import { ProblemError } from '../http/problem.js';
import { visibility, type Actor } from '../policies/index.js';
import { isFollowing } from './comments.js';
import { listStages } from './decisions.js';
import { isAllowedMove } from './transitions.js';
import { presentIdea } from './present.js';
import { scoreSummary } from './rubric.js';
import { findIdea, hasVoted, timeline, type IdeaRow } from './service.js';

/** Loads an idea the actor may read; one the actor may not read does not exist for them. */
export async function loadReadableIdea(c: Context<AppEnv>, id: string): Promise<{ idea: IdeaRow; actor: Actor }> {
  const idea = await findIdea(c.var.services.database.db, id);
  const actor = authorize(c, 'idea.read', idea ?? { authorId: '', confidential: true }, { hiddenUnless: visibility.idea, notFoundDetail: 'No such idea' });
  if (!idea) throw new ProblemError('not-found', 'No such idea');
  return { idea, actor };
}

/** The full idea response: row, timeline, the viewer's vote, the scores and their abilities. */
export async function ideaResponse(c: Context<AppEnv>, ideaId: string, actor: Actor) {
  const db = c.var.services.database.db;
  const [idea, events, voted, following, scores, stages] = await Promise.all([
    findIdea(db, ideaId),
    timeline(db, ideaId),
    hasVoted(db, ideaId, actor.id),
    isFollowing(db, actor.id, ideaId),
    scoreSummary(db, ideaId, actor.id),
    listStages(db),
  ]);
  const current = stages.find((stage) => stage.key === idea!.stageKey);
  const moveTo = current?.terminal ? [] : stages.filter((stage) => isAllowedMove(idea!.stageKey, stage.key)).map((stage) => stage.key);
  return presentIdea(idea!, events, actor, { voted, following, scores, moveTo });
}
