import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { AUDIT_ACTIONS, listAudit } from './service.js';

export const AuditEventSchema = z
  .object({
    id: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    ipAddress: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('AuditEvent');

export type AuditEventView = z.infer<typeof AuditEventSchema>;

const list = createRoute({
  method: 'get', path: '/api/v1/audit-events', tags: ['Audit'], summary: 'Security events, newest first (admins)',
  request: {
    query: z.object({
      action: z.enum(AUDIT_ACTIONS).optional(),
      before: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z~[\w-]+$/, 'Pass nextBefore from the previous page')
        .optional()
        .openapi({ description: 'Pass nextBefore from the previous page' }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'A page of events',
      content: { 'application/json': { schema: z.object({ items: z.array(AuditEventSchema), nextBefore: z.string().nullable() }) } },
    },
    ...problemResponses(401, 403, 422),
  },
});

export const auditRoutes = createRouter().openapi(list, async (c) => {
  authorize(c, 'audit.read', null);
  const query = c.req.valid('query');
  const rows = await listAudit(c.var.services.database.db, {
    limit: query.limit,
    ...(query.action ? { action: query.action } : {}),
    ...(query.before ? { before: { at: new Date(query.before.split('~')[0]!), id: query.before.split('~')[1]! } } : {}),
  });
  const items = rows.map((row) => ({
    id: row.id,
    action: row.action as (typeof AUDIT_ACTIONS)[number],
    actorId: row.actorId,
    actorName: row.actorName,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    data: row.data,
    ipAddress: row.ipAddress,
    createdAt: row.createdAt.toISOString(),
  }));
  const last = items.at(-1);
  return c.json({ items, nextBefore: rows.length === query.limit && last ? `${last.createdAt}~${last.id}` : null }, 200);
});
