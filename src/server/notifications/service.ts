import { and, count, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notifications } from '../db/schema/index.js';
import type { Services } from '../services.js';
import { notifyJob, type Notify } from './deliver.js';

export type NotifyEvent = Omit<Notify, 'detail'> & { detail?: string };
/** Queues notifications for an idea event inside the caller's transaction (they exist only if it commits). */
export type Notifier = (tx: Db, event: NotifyEvent) => Promise<unknown>;

export function notifier(services: Services): Notifier {
  return (tx, event) => services.jobs.send(notifyJob, { detail: '', ...event }, { tx, singletonKey: event.eventKey });
}

export async function listNotifications(db: Db, userId: string, options: { before?: { at: Date; id: string }; limit: number; unreadOnly: boolean }) {
  const filters = [eq(notifications.userId, userId)];
  if (options.unreadOnly) filters.push(isNull(notifications.readAt));
  if (options.before) {
    const { at, id } = options.before;
    filters.push(or(lt(notifications.createdAt, at), and(eq(notifications.createdAt, at), lt(notifications.id, id)))!);
  }
  const [rows, [unread]] = await Promise.all([
    db.select().from(notifications).where(and(...filters)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(options.limit),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, unreadCount: unread?.n ?? 0 };
}

/** Marks some (or all) of the person's own notifications read; other people's ids are ignored. */
export async function markRead(db: Db, userId: string, ids: string[] | 'all'): Promise<void> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(ids === 'all' ? mine : and(mine, inArray(notifications.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])));
}
