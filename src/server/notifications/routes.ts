import { createRoute, z } from '@hono/zod-openapi';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../db/schema/index.js';
import { requireActor } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { preferencesOf, updatePreferences } from './preferences.js';

const Channel = z.enum(NOTIFICATION_CHANNELS);
const PreferencesSchema = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, Channel])) as Record<(typeof NOTIFICATION_KINDS)[number], typeof Channel>)
  .openapi('NotificationPreferences', {
    description: 'For each kind of event: in the app, by e-mail, both, or off. status_change = ideas you wrote or follow change stage.',
  });

const get = createRoute({
  method: 'get', path: '/api/v1/me/notification-preferences', tags: ['People'], summary: 'How you want to hear about each kind of event',
  responses: { 200: { description: 'Your choices', content: { 'application/json': { schema: PreferencesSchema } } }, ...problemResponses(401) },
});
const patch = createRoute({
  method: 'patch', path: '/api/v1/me/notification-preferences', tags: ['People'], summary: 'Change some of your notification choices',
  request: { body: { content: { 'application/json': { schema: PreferencesSchema.partial() } }, required: true } },
  responses: { 200: { description: 'Your choices now', content: { 'application/json': { schema: PreferencesSchema } } }, ...problemResponses(401, 422) },
});

export const notificationRoutes = createRouter()
  .openapi(get, async (c) => {
    const actor = requireActor(c);
    return c.json(await preferencesOf(c.var.services.database.db, actor.id), 200);
  })
  .openapi(patch, async (c) => {
    const actor = requireActor(c);
    return c.json(await updatePreferences(c.var.services.database.db, actor.id, c.req.valid('json')), 200);
  });
