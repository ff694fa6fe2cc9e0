import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonResponse } from '../http/openapi.js';
import { notifier } from '../notifications/service.js';
import { problemResponses } from '../http/problem.js';
import { addComment, listComments, setFollowing } from './comments.js';
import { presentComment } from './present.js';
import { loadReadableIdea } from './respond.js';
import { CommentSchema, NewCommentSchema } from './schema.js';

const tags = ['Ideas'];
const IdParams = z.object({ id: z.uuid() });
const CommentList = z.object({ items: z.array(CommentSchema) });

const comments = createRoute({
  method: 'get', path: '/api/v1/ideas/{id}/comments', tags, summary: 'Public comments, oldest first',
  request: { params: IdParams },
  responses: { 200: jsonResponse(CommentList, 'Comments'), ...problemResponses(401, 404) },
});
const comment = createRoute({
  method: 'post', path: '/api/v1/ideas/{id}/comments', tags, summary: 'Comment on an idea (markdown); you start following it',
  request: { params: IdParams, body: { content: { 'application/json': { schema: NewCommentSchema } }, required: true } },
  responses: { 201: jsonResponse(CommentList, 'All comments, with yours'), ...problemResponses(401, 403, 404, 422) },
});
const followRoute = (method: 'put' | 'delete') =>
  createRoute({
    method, path: '/api/v1/ideas/{id}/follow', tags, summary: method === 'put' ? 'Follow an idea' : 'Stop following an idea',
    request: { params: IdParams },
    responses: { 200: jsonResponse(z.object({ following: z.boolean() }), 'Whether you follow it now'), ...problemResponses(401, 404) },
  });

export const discussionRoutes = createRouter()
  .openapi(comments, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    return c.json({ items: (await listComments(c.var.services.database.db, idea.id)).map((row) => presentComment(idea, row)) }, 200);
  })
  .openapi(comment, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.comment', idea);
    const db = c.var.services.database.db;
    await addComment(db, actor, idea, c.req.valid('json').body, notifier(c.var.services));
    return c.json({ items: (await listComments(db, idea.id)).map((row) => presentComment(idea, row)) }, 201);
  })
  .openapi(followRoute('put'), async (c) => {
    const { idea, actor } = await loadReadableIdea(c, c.req.valid('param').id);
    await setFollowing(c.var.services.database.db, actor.id, idea.id, true);
    return c.json({ following: true }, 200);
  })
  .openapi(followRoute('delete'), async (c) => {
    const { idea, actor } = await loadReadableIdea(c, c.req.valid('param').id);
    await setFollowing(c.var.services.database.db, actor.id, idea.id, false);
    return c.json({ following: false }, 200);
  });
