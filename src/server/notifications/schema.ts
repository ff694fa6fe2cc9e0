import { z } from '@hono/zod-openapi';
import { NOTIFICATION_KINDS } from '../db/schema/index.js';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    body: z.string(),
    link: z.string(),
    read: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Notification');
export const NotificationPageSchema = z
  .object({ items: z.array(NotificationSchema), unreadCount: z.number().int(), nextBefore: z.string().nullable() })
  .openapi('NotificationPage');
