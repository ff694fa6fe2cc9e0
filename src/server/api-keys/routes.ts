import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from './service.js';

export const ApiKeySchema = z
  .object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: z.iso.datetime(), lastUsedAt: z.iso.datetime().nullable() })
  .openapi('ApiKey');
export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({ description: 'The key itself. Shown only in this response; store it safely.' }),
}).openapi('CreatedApiKey');

const present = (row: ApiKeyRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

const tags = ['API keys'];
const list = createRoute({
  method: 'get', path: '/api/v1/api-keys', tags, summary: 'Your live API keys (never the keys themselves)',
  responses: { 200: { description: 'Keys', content: { 'application/json': { schema: z.object({ items: z.array(ApiKeySchema) }) } } }, ...problemResponses(401, 403) },
});
const create = createRoute({
  method: 'post', path: '/api/v1/api-keys', tags,
  summary: 'Create a key for an integration: it acts with your permissions, sent as `Authorization: Bearer <key>`',
  request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().trim().min(2).max(80) }) } }, required: true } },
  responses: { 201: { description: 'Created; the key is shown once', content: { 'application/json': { schema: CreatedApiKeySchema } } }, ...problemResponses(401, 403, 422) },
});
const revoke = createRoute({
  method: 'delete', path: '/api/v1/api-keys/{id}', tags, summary: 'Revoke one of your keys',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404) },
});

export const apiKeyRoutes = createRouter()
  .openapi(list, async (c) => {
    const actor = authorize(c, 'apiKey.manage', null);
    return c.json({ items: (await listApiKeys(c.var.services.database.db, actor.id)).map(present) }, 200);
  })
  .openapi(create, async (c) => {
    const actor = authorize(c, 'apiKey.manage', null);
    const { row, key } = await createApiKey(c.var.services.database.db, actor, c.req.valid('json').name, clientIp(c));
    c.header('Cache-Control', 'no-store');
    return c.json({ ...present(row), key }, 201);
  })
  .openapi(revoke, async (c) => {
    const actor = authorize(c, 'apiKey.manage', null);
    await revokeApiKey(c.var.services.database.db, actor, c.req.valid('param').id, clientIp(c));
    return c.body(null, 204);
  });
