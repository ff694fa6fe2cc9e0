import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { ProblemError, problemResponses } from '../http/problem.js';
import { addAttachment, findAttachment, listAttachments, MAX_ATTACHMENT_BYTES, removeAttachment, type AttachmentRow } from './attachments.js';
import { loadReadableIdea } from './respond.js';
import { reviewStarted } from './service.js';
import { AttachmentSchema } from './schema.js';

const tags = ['Ideas'];
export const UPLOAD_PATH = /^\/api\/v1\/ideas\/[^/]+\/attachments$/;

const present = (row: AttachmentRow) => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  url: `/api/v1/attachments/${row.id}`,
  createdAt: row.createdAt.toISOString(),
});

const upload = createRoute({
  method: 'post', path: '/api/v1/ideas/{id}/attachments', tags,
  summary: 'Attach a picture or PDF (raw bytes as the body, up to 10 MB, at most 5 per idea; the type is read from the content)',
  request: {
    params: z.object({ id: z.uuid() }),
    query: z.object({ name: z.string().trim().min(1).max(200).openapi({ description: 'The file name to show' }) }),
    body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true },
  },
  middleware: [
    bodyLimit({
      maxSize: MAX_ATTACHMENT_BYTES,
      onError: () => {
        throw new ProblemError('payload-too-large', 'Attachments can be at most 10 MB');
      },
    }),
  ] as const,
  responses: { 201: { description: 'Attached', content: { 'application/json': { schema: AttachmentSchema } } }, ...problemResponses(401, 403, 404, 409, 413, 415, 422) },
});
const list = createRoute({
  method: 'get', path: '/api/v1/ideas/{id}/attachments', tags, summary: 'The pictures and PDFs attached to an idea',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'Attachments', content: { 'application/json': { schema: z.object({ items: z.array(AttachmentSchema) }) } } }, ...problemResponses(401, 404) },
});
const download = createRoute({
  method: 'get', path: '/api/v1/attachments/{id}', tags, summary: 'The file itself',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'The bytes, with their real type' }, ...problemResponses(401, 404) },
});
const remove = createRoute({
  method: 'delete', path: '/api/v1/attachments/{id}', tags, summary: 'Remove an attachment (whoever may edit the idea)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 403, 404) },
});

async function loadAttachment(c: Parameters<typeof loadReadableIdea>[0], id: string) {
  const attachment = await findAttachment(c.var.services.database.db, id);
  if (!attachment) throw new ProblemError('not-found', 'No such attachment');
  // Readable only by those who may read its idea; others learn nothing.
  const { idea, actor } = await loadReadableIdea(c, attachment.ideaId);
  return { attachment, idea, actor };
}

export const attachmentRoutes = createRouter()
  .openapi(upload, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    const actor = authorize(c, 'idea.edit', { ...idea, reviewStarted: reviewStarted(idea) });
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const row = await addAttachment(c.var.services.database.db, c.var.services.files, actor, idea, { fileName: c.req.valid('query').name, bytes });
    return c.json(present(row), 201);
  })
  .openapi(list, async (c) => {
    const { idea } = await loadReadableIdea(c, c.req.valid('param').id);
    return c.json({ items: (await listAttachments(c.var.services.database.db, idea.id)).map(present) }, 200);
  })
  .openapi(download, async (c) => {
    const { attachment } = await loadAttachment(c, c.req.valid('param').id);
    const bytes = await c.var.services.files.get(attachment.storageKey);
    if (!bytes) throw new ProblemError('not-found', 'The file is missing from storage');
    const disposition = attachment.contentType === 'application/pdf' ? 'attachment' : 'inline';
    return new Response(bytes, {
      headers: {
        'Content-Type': attachment.contentType,
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=300',
      },
    }) as never;
  })
  .openapi(remove, async (c) => {
    const { attachment, idea } = await loadAttachment(c, c.req.valid('param').id);
    authorize(c, 'idea.edit', { ...idea, reviewStarted: reviewStarted(idea) });
    await removeAttachment(c.var.services.database.db, c.var.services.files, attachment);
    return c.body(null, 204);
  });
