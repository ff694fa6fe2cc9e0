import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { NOTIFICATION_KINDS, notificationPreferences, type NotificationChannel, type NotificationKind } from '../db/schema/index.js';

/** What people get unless they choose otherwise: everything in the app, the important things by e-mail too. */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  status_change: 'both',
  comment: 'in_app',
  mention: 'both',
  assignment: 'both',
  review_reminder: 'email',
};

export async function preferencesOf(db: Db, userId: string): Promise<Record<NotificationKind, NotificationChannel>> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, row?.channels[kind] ?? DEFAULT_CHANNELS[kind]])) as Record<
    NotificationKind,
    NotificationChannel
  >;
}

/** Everyone's choices for one kind, in one query (delivery to many followers at once). */
export async function channelsFor(db: Db, userIds: string[], kind: NotificationKind): Promise<Map<string, NotificationChannel>> {
  const rows = userIds.length ? await db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds)) : [];
  const chosen = new Map(rows.map((row) => [row.userId, row.channels[kind]]));
  return new Map(userIds.map((id) => [id, chosen.get(id) ?? DEFAULT_CHANNELS[kind]]));
}

export async function updatePreferences(
  db: Db,
  userId: string,
  changes: Partial<Record<NotificationKind, NotificationChannel>>,
): Promise<Record<NotificationKind, NotificationChannel>> {
  const channels = { ...(await preferencesOf(db, userId)), ...changes };
  await db
    .insert(notificationPreferences)
    .values({ userId, channels })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { channels, updatedAt: new Date() } });
  return channels;
}
