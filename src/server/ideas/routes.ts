import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonResponse } from '../http/openapi.js';
import { notifier } from '../notifications/service.js';
import { problemResponses } from '../http/problem.js';
import { presentIdeaSummary } from './present.js';
import { ideaResponse, loadReadableIdea, readIdea } from './respond.js';
import { EditIdeaSchema, IdeaListQuerySchema, IdeaPageSchema, IdeaSchema, SimilarIdeaSchema, SimilarQuerySchema, SubmitIdeaSchema } from './schema.js';
import { listIdeas, similarIdeas } from './browse.js';
import { editIdea, reviewStarted, setVote, submitIdea } from './service.js';

const tags = ['Ideas'];
const IdParams = z.object({ id: z.uuid() });
const VoteSchema = z.object({ voteCount: z.number().int(), voted: z.boolean() }).openapi('VoteState');

const submit = createRoute({
  method: 'post', path: '/api/v1/ideas', tags, summary: 'Submit an idea',
  request: { body: { content: { 'application/json': { schema: SubmitIdeaSchema } }, required: true } },
  responses: { 201: jsonResponse(IdeaSchema, 'Submitted'), ...problemResponses(401, 403, 409, 422, 429) },
});
const list = createRoute({
  method: 'get', path: '/api/v1/ideas', tags, summary: 'Browse and search ideas (cursor-paginated)',
  request: { query: IdeaListQuerySchema },
  responses: { 200: jsonResponse(IdeaPageSchema, 'A page of ideas'), ...problemResponses(401, 403, 422) },
});
const similar = createRoute({
  method: 'get', path: '/api/v1/ideas/similar', tags, summary: 'Existing ideas like this text (for duplicates while typing; typo-tolerant)',
  request: { query: SimilarQuerySchema },
  responses: { 200: jsonResponse(z.object({ items: z.array(SimilarIdeaSchema) }), 'Up to 5 similar ideas, best first'), ...problemResponses(401, 403, 422) },
});
const read = createRoute({
  method: 'get', path: '/api/v1/ideas/{id}', tags, summary: 'One idea with its public timeline',
  request: { params: IdParams },
  responses: { 200: jsonResponse(IdeaSchema, 'The idea'), ...problemResponses(401, 404, 422) },
});
const edit = createRoute({
  method: 'patch', path: '/api/v1/ideas/{id}', tags, summary: 'Edit an idea (its author until review starts; reviewers and admins any time)',
  request: { params: IdParams, body: { content: { 'application/json': { schema: EditIdeaSchema } }, required: true } },
  responses: { 200: jsonResponse(IdeaSchema, 'The edited idea'), ...problemResponses(401, 403, 404, 422) },
});
const voteRoute = (method: 'put' | 'delete') =>
  createRoute({
    method, path: '/api/v1/ideas/{id}/vote', tags,
    summary: method === 'put' ? 'Vote for an idea (once per person; repeating is harmless)' : 'Take your vote back',
    request: { params: IdParams },
    responses: { 200: jsonResponse(VoteSchema, 'Your vote and the new count'), ...problemResponses(401, 403, 404, 422) },
  });

export const ideaRoutes = createRouter()
  .openapi(submit, async (c) => {
    const actor = authorize(c, 'idea.submit', null);
    const db = c.var.services.database.db;
    const idea = await submitIdea(db, actor, c.req.valid('json'), notifier(c.var.services));
    c.header('Location', `/api/v1/ideas/${idea.id}`);
    return c.json(await ideaResponse(c, idea.id, actor), 201);
  })
  .openapi(list, async (c) => {
    const actor = authorize(c, 'idea.list', null);
    const page = await listIdeas(c.var.services.database.db, actor, c.req.valid('query'));
    return c.json(
      { items: page.rows.map((row) => presentIdeaSummary(row, actor, row.voted)), nextCursor: page.nextCursor, counts: page.counts },
      200,
    );
  })
  .openapi(similar, async (c) => {
    const actor = authorize(c, 'idea.list', null);
    const rows = await similarIdeas(c.var.services.database.db, actor, c.req.valid('query').text);
    return c.json({ items: rows.map((row) => ({ id: row.id, number: row.number, title: row.title, stage: { key: row.stageKey, name: row.stageName } })) }, 200);
  })
  .openapi(read, async (c) => c.json(await readIdea(c, c.req.valid('param').id), 200))
  .openapi(edit, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.edit', { ...idea, reviewStarted: reviewStarted(idea) });
    await editIdea(c.var.services.database.db, actor, idea, c.req.valid('json'));
    return c.json(await ideaResponse(c, idea.id, actor), 200);
  })
  .openapi(voteRoute('put'), async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.vote', idea);
    return c.json(await setVote(c.var.services.database.db, actor, idea.id, true), 200);
  })
  .openapi(voteRoute('delete'), async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.vote', idea);
    return c.json(await setVote(c.var.services.database.db, actor, idea.id, false), 200);
  });
