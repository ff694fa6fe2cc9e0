import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonResponse } from '../http/openapi.js';
import { notifier } from '../notifications/service.js';
import { problemResponses } from '../http/problem.js';
import { listDecisions, listReasonCodes, listStages } from './decisions.js';
import { deleteStage, saveReasonCode, saveStage } from './framework.js';
import { ideaResponse, loadReadableIdea } from './respond.js';
import { AssignmentSchema, DecisionQuerySchema, DecisionSchema, IdeaSchema, TransitionSchema } from './schema.js';
import { assignReviewer } from './service.js';
import { transitionIdea } from './transitions.js';

const tags = ['Review'];
const IdParams = z.object({ id: z.uuid() });

const transition = createRoute({
  method: 'post', path: '/api/v1/ideas/{id}/transitions', tags,
  summary: 'Move an idea to another stage with a reason (reviewers and admins)',
  description: 'A reason is required for parked, declined and merged; parking needs `revisitOn`, merging needs `mergeInto`. Illegal moves are 409.',
  request: { params: IdParams, body: { content: { 'application/json': { schema: TransitionSchema } }, required: true } },
  responses: { 200: jsonResponse(IdeaSchema, 'The idea after the move'), ...problemResponses(401, 403, 404, 409, 422) },
});
const assign = createRoute({
  method: 'put', path: '/api/v1/ideas/{id}/assignment', tags, summary: 'Hand the idea to another reviewer (reviewers and admins)',
  request: { params: IdParams, body: { content: { 'application/json': { schema: AssignmentSchema } }, required: true } },
  responses: { 200: jsonResponse(IdeaSchema, 'The idea with its new reviewer'), ...problemResponses(401, 403, 404, 422) },
});
const decisions = createRoute({
  method: 'get', path: '/api/v1/decisions', tags, summary: 'The decision log: why ideas were accepted, parked, declined or merged',
  request: { query: DecisionQuerySchema },
  responses: {
    200: jsonResponse(z.object({ items: z.array(DecisionSchema), nextBefore: z.string().nullable() }), 'Decisions, newest first'),
    ...problemResponses(401, 403, 422),
  },
});
const reasonCodes = createRoute({
  method: 'get', path: '/api/v1/reason-codes', tags, summary: 'The reason codes a decision can cite',
  responses: { 200: jsonResponse(z.object({ items: z.array(z.object({ key: z.string(), label: z.string() })) }), 'Active codes'), ...problemResponses(401, 403) },
});

export const StageSchema = z
  .object({ key: z.string(), name: z.string(), position: z.number().int(), terminal: z.boolean(), customerLabel: z.string(), reasonRequired: z.boolean() })
  .openapi('Stage');
const stages = createRoute({
  method: 'get', path: '/api/v1/stages', tags, summary: 'The review stages in order, with their customer-facing labels',
  responses: { 200: jsonResponse(z.object({ items: z.array(StageSchema) }), 'Stages'), ...problemResponses(401, 403) },
});

const KeyParams = z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use lowercase letters, digits and _') });
const StageInputSchema = z
  .object({
    name: z.string().trim().min(2).max(40),
    position: z.number().int().min(0).max(10_000),
    terminal: z.boolean(),
    customerLabel: z.string().trim().min(2).max(40),
    reasonRequired: z.boolean(),
  })
  .openapi('StageInput');
const putStage = createRoute({
  method: 'put', path: '/api/v1/stages/{key}', tags, summary: 'Add or change a stage (admins); built-in stages keep whether they close an idea',
  request: { params: KeyParams, body: { content: { 'application/json': { schema: StageInputSchema } }, required: true } },
  responses: { 200: jsonResponse(StageSchema, 'The stage'), ...problemResponses(401, 403, 422) },
});
const deleteStageRoute = createRoute({
  method: 'delete', path: '/api/v1/stages/{key}', tags, summary: 'Remove a stage an admin added, when no idea is in it',
  request: { params: KeyParams },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 403, 404, 409) },
});
const ReasonCodeSchema = z.object({ key: z.string(), label: z.string(), active: z.boolean() }).openapi('ReasonCode');
const putReasonCode = createRoute({
  method: 'put', path: '/api/v1/reason-codes/{key}', tags, summary: 'Add, rename or retire a reason code (admins)',
  request: {
    params: KeyParams,
    body: { content: { 'application/json': { schema: z.object({ label: z.string().trim().min(2).max(80), active: z.boolean().default(true) }) } }, required: true },
  },
  responses: { 200: jsonResponse(ReasonCodeSchema, 'The reason code'), ...problemResponses(401, 403, 422) },
});

async function loadForReview(c: Parameters<typeof authorize>[0], id: string, action: 'idea.transition' | 'idea.assign') {
  const { idea } = await loadReadableIdea(c, id);
  return { idea, actor: authorize(c, action, idea) };
}

export const reviewRoutes = createRouter()
  .openapi(transition, async (c) => {
    const { idea, actor } = await loadForReview(c, c.req.valid('param').id, 'idea.transition');
    const db = c.var.services.database.db;
    await transitionIdea(db, actor, idea, c.req.valid('json'), notifier(c.var.services));
    return c.json(await ideaResponse(c, idea.id, actor), 200);
  })
  .openapi(assign, async (c) => {
    const { idea, actor } = await loadForReview(c, c.req.valid('param').id, 'idea.assign');
    const db = c.var.services.database.db;
    await assignReviewer(db, actor, idea, c.req.valid('json').reviewerId, notifier(c.var.services));
    return c.json(await ideaResponse(c, idea.id, actor), 200);
  })
  .openapi(decisions, async (c) => {
    const actor = authorize(c, 'decision.list', null);
    return c.json(await listDecisions(c.var.services.database.db, actor, c.req.valid('query')), 200);
  })
  .openapi(stages, async (c) => {
    authorize(c, 'decision.list', null);
    return c.json({ items: await listStages(c.var.services.database.db) }, 200);
  })
  .openapi(putStage, async (c) => {
    authorize(c, 'stage.manage', null);
    return c.json(await saveStage(c.var.services.database.db, c.req.valid('param').key, c.req.valid('json')), 200);
  })
  .openapi(deleteStageRoute, async (c) => {
    authorize(c, 'stage.manage', null);
    await deleteStage(c.var.services.database.db, c.req.valid('param').key);
    return c.body(null, 204);
  })
  .openapi(putReasonCode, async (c) => {
    authorize(c, 'stage.manage', null);
    return c.json(await saveReasonCode(c.var.services.database.db, c.req.valid('param').key, c.req.valid('json')), 200);
  })
  .openapi(reasonCodes, async (c) => {
    authorize(c, 'decision.list', null);
    return c.json({ items: await listReasonCodes(c.var.services.database.db) }, 200);
  });
