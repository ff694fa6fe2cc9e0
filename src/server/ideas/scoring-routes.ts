import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonBody, jsonResponse } from '../http/openapi.js';
import { problemResponses } from '../http/problem.js';
import { addNote, listNotes } from './notes.js';
import { ideaResponse, loadReadableIdea } from './respond.js';
import { activeCriteria, replaceRubric, saveScores } from './rubric.js';
import { IdeaSchema, NewNoteSchema, NoteSchema, ReviewScoresSchema, RubricSchema } from './schema.js';

const IdParams = z.object({ id: z.uuid() });
const NoteList = z.object({ items: z.array(NoteSchema) });

const review = createRoute({
  method: 'put', path: '/api/v1/ideas/{id}/review', tags: ['Review'],
  summary: 'Score the idea 1–5 on the rubric criteria (reviewers and admins); saving again replaces your scores',
  request: { params: IdParams, ...jsonBody(ReviewScoresSchema) },
  responses: { 200: jsonResponse(IdeaSchema, 'The idea with its updated scores'), ...problemResponses(401, 403, 404, 422) },
});
const notes = createRoute({
  method: 'get', path: '/api/v1/ideas/{id}/notes', tags: ['Review'], summary: 'Internal notes (reviewers and admins only)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(NoteList, 'Notes, oldest first'), ...problemResponses(401, 403, 404) },
});
const newNote = createRoute({
  method: 'post', path: '/api/v1/ideas/{id}/notes', tags: ['Review'], summary: 'Add an internal note (reviewers and admins only)',
  request: { params: IdParams, ...jsonBody(NewNoteSchema) },
  responses: { 201: jsonResponse(NoteList, 'All notes, with the new one'), ...problemResponses(401, 403, 404, 422) },
});
const getRubric = createRoute({
  method: 'get', path: '/api/v1/rubric', tags: ['Review'], summary: 'The rubric ideas are scored on',
  responses: { 200: jsonResponse(RubricSchema, 'Active criteria in order'), ...problemResponses(401, 403) },
});
const putRubric = createRoute({
  method: 'put', path: '/api/v1/rubric', tags: ['Review'], summary: 'Replace the rubric (admins); removed criteria are retired, their scores kept',
  request: jsonBody(RubricSchema),
  responses: { 200: jsonResponse(RubricSchema, 'The new rubric'), ...problemResponses(401, 403, 422) },
});

async function noteList(db: Parameters<typeof listNotes>[0], ideaId: string) {
  const rows = await listNotes(db, ideaId);
  return {
    items: rows.map((row) => ({
      id: row.id,
      body: row.body,
      author: row.authorId ? { id: row.authorId, name: row.authorName ?? 'Former member' } : null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
const presentRubric = async (db: Parameters<typeof activeCriteria>[0]) => ({
  criteria: (await activeCriteria(db)).map(({ key, name, description, weight }) => ({ key, name, description, weight })),
});

export const scoringRoutes = createRouter()
  .openapi(review, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.review', idea);
    await saveScores(c.var.services.database.db, actor, idea.id, idea.version, c.req.valid('json').scores);
    return c.json(await ideaResponse(c, idea.id, actor), 200);
  })
  .openapi(notes, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    authorize(c, 'idea.note', idea);
    return c.json(await noteList(c.var.services.database.db, idea.id), 200);
  })
  .openapi(newNote, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.note', idea);
    await addNote(c.var.services.database.db, actor, idea.id, c.req.valid('json').body);
    return c.json(await noteList(c.var.services.database.db, idea.id), 201);
  })
  .openapi(getRubric, async (c) => {
    authorize(c, 'rubric.read', null);
    return c.json(await presentRubric(c.var.services.database.db), 200);
  })
  .openapi(putRubric, async (c) => {
    authorize(c, 'rubric.manage', null);
    await replaceRubric(c.var.services.database.db, c.req.valid('json').criteria);
    return c.json(await presentRubric(c.var.services.database.db), 200);
  });
