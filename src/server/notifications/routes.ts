import { createRoute, z } from '@hono/zod-openapi';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../db/schema/index.js';
import { requireActor } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { preferencesOf, updatePreferences } from './preferences.js';
import { NotificationPageSchema } from './schema.js';
import { listNotifications, markRead } from './service.js';

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


const list = createRoute({
  method: 'get', path: '/api/v1/notifications', tags: ['Notifications'], summary: 'Your notifications, newest first, with the unread count',
  request: {
    query: z.object({
      unread: z.stringbool().default(false),
      before: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z~[\w-]+$/, 'Pass nextBefore from the previous page').optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of notifications',
      content: {
        'application/json': {
          schema: NotificationPageSchema,
        },
      },
    },
    ...problemResponses(401, 422),
  },
});
const read = createRoute({
  method: 'post', path: '/api/v1/notifications/read', tags: ['Notifications'], summary: 'Mark some of your notifications, or all of them, as read',
  request: {
    body: {
      content: { 'application/json': { schema: z.union([z.object({ ids: z.array(z.uuid()).min(1).max(200) }), z.object({ all: z.literal(true) })]) } },
      required: true,
    },
  },
  responses: { 200: { description: 'Unread count now', content: { 'application/json': { schema: z.object({ unreadCount: z.number().int() }) } } }, ...problemResponses(401, 422) },
});

export const notificationListRoutes = createRouter()
  .openapi(list, async (c) => {
    const actor = requireActor(c);
    const query = c.req.valid('query');
    const [at, id] = query.before?.split('~') ?? [];
    const { rows, unreadCount } = await listNotifications(c.var.services.database.db, actor.id, {
      limit: query.limit,
      unreadOnly: query.unread,
      ...(at && id ? { before: { at: new Date(at), id } } : {}),
    });
    const items = rows.map((row) => ({
      id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, read: row.readAt !== null, createdAt: row.createdAt.toISOString(),
    }));
    const last = items.at(-1);
    return c.json({ items, unreadCount, nextBefore: rows.length === query.limit && last ? `${last.createdAt}~${last.id}` : null }, 200);
  })
  .openapi(read, async (c) => {
    const actor = requireActor(c);
    const body = c.req.valid('json');
    const db = c.var.services.database.db;
    await markRead(db, actor.id, 'all' in body ? 'all' : body.ids);
    return c.json({ unreadCount: (await listNotifications(db, actor.id, { limit: 1, unreadOnly: true })).unreadCount }, 200);
  });
