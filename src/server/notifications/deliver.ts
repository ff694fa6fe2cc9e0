import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ideaFollowers, ideas, notifications, users, type NotificationKind } from '../db/schema/index.js';
import { publish } from '../events/realtime.js';
import { defineJob } from '../jobs/define.js';
import { queueMail } from '../mail/send-mail.job.js';
import type { Services } from '../services.js';
import { can } from '../policies/index.js';
import { channelsFor } from './preferences.js';

export const NotifyPayload = z.object({
  /** Unique per event, so a retried job or a second enqueue never notifies twice. */
  eventKey: z.string().min(1).max(200),
  kind: z.enum(['status_change', 'comment', 'mention', 'assignment']),
  ideaId: z.uuid(),
  /** Who caused it; never notified about their own action. Null when it must stay anonymous. */
  actorId: z.string().nullable(),
  actorName: z.string(),
  /** For mentions and assignments: exactly these people; otherwise the idea's followers. */
  recipientIds: z.array(z.string()).optional(),
  detail: z.string().max(500).default(''),
});
export type Notify = z.infer<typeof NotifyPayload>;

function message(kind: NotificationKind, actorName: string, title: string, detail: string): { title: string; body: string } {
  switch (kind) {
    case 'status_change':
      return { title: `"${title}" is now ${detail}`, body: `${actorName} moved it.` };
    case 'comment':
      return { title: `${actorName} commented on "${title}"`, body: detail };
    case 'mention':
      return { title: `${actorName} mentioned you on "${title}"`, body: detail };
    default:
      return { title: `"${title}" is yours to review`, body: 'It was assigned to you.' };
  }
}

/** Turns one idea event into notifications for the right people, by their chosen channels. */
export async function deliverNotifications(services: Services, event: Notify): Promise<number> {
  const db = services.database.db;
  const [idea] = await db.select({ id: ideas.id, title: ideas.title, confidential: ideas.confidential, authorId: ideas.authorId }).from(ideas).where(eq(ideas.id, event.ideaId));
  if (!idea) return 0;
  const candidates =
    event.recipientIds ?? (await db.select({ userId: ideaFollowers.userId }).from(ideaFollowers).where(eq(ideaFollowers.ideaId, idea.id))).map((row) => row.userId);
  const ids = [...new Set(candidates)].filter((id) => id !== event.actorId);
  if (ids.length === 0) return 0;
  const people = await db.select().from(users).where(and(inArray(users.id, ids), isNull(users.deactivatedAt)));
  const link = `/ideas/${idea.id}`;
  const { title, body } = message(event.kind, event.actorName, idea.title, event.detail);
  const channels = await channelsFor(db, people.map((person) => person.id), event.kind);
  let delivered = 0;
  for (const person of people) {
    // Only people who may read the idea hear about it (the same rule as reading it).
    const reader = { id: person.id, role: person.role, siteIds: [], teamIds: [], via: 'session' as const };
    if (!can(reader, 'idea.read', { authorId: idea.authorId, confidential: idea.confidential })) continue;
    const channel = channels.get(person.id)!;
    if (channel === 'off') continue;
    const dedupeKey = `${event.eventKey}:${person.id}`;
    if (channel === 'in_app' || channel === 'both') {
      const [created] = await db
        .insert(notifications)
        .values({ userId: person.id, kind: event.kind, title, body, link, dedupeKey })
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      if (created) await publish(db, { type: 'notification.created', id: created.id, userId: person.id });
    }
    if (channel === 'email' || channel === 'both') {
      await queueMail(services, {
        dedupeKey: `notification:${dedupeKey}`,
        to: person.email,
        subject: title,
        text: `${body ? `${body}\n\n` : ''}${services.config.appUrl}${link}\n\nChoose what you hear about in your profile.`,
      });
    }
    delivered += 1;
  }
  return delivered;
}

export const notifyJob = defineJob({
  queue: 'notify-v1',
  payload: NotifyPayload,
  async handle(payload, services) {
    await deliverNotifications(services, payload);
  },
});
