import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { readEvents } from '../../../tests/support/sse.js';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { mailDeliveries, notifications, organisations } from '../db/schema/index.js';
import { publish } from '../events/realtime.js';
import { deliverNotifications } from './deliver.js';

let t: TestContext;
let reviewer: SignedIn;
let author: SignedIn;
let follower: SignedIn;
let quiet: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  reviewer = await signedIn(t, 'reviewer', { name: 'Rita Reviewer' });
  author = await signedIn(t, 'employee', { name: 'Hieronymus Author' });
  follower = await signedIn(t, 'employee');
  quiet = await signedIn(t, 'employee');
});
afterAll(() => t.close());

type Page = { items: { id: string; kind: string; title: string; body: string; read: boolean; link: string }[]; unreadCount: number };
const inbox = async (who: SignedIn) => (await (await who.request('GET', '/api/v1/notifications')).json()) as Page;

async function submit(extra: Record<string, unknown> = {}) {
  const res = await author.request('POST', '/api/v1/ideas', {
    body: { title: 'Warm towels at the pool', problem: 'Guests shiver after swimming.', proposal: 'A towel warmer by the pool door.', area: 'product', ...extra },
  });
  return (await res.json()) as { id: string };
}

describe('notifications', () => {
  it('assignment, status change, comment and mention reach the right people once, in the app and by e-mail', async () => {
    const idea = await submit();
    await follower.request('PUT', `/api/v1/ideas/${idea.id}/follow`);
    await quiet.request('PATCH', '/api/v1/me/notification-preferences', { body: { mention: 'off' } });

    await eventually(async () => (await inbox(reviewer)).items.find((n) => n.kind === 'assignment'));
    await reviewer.request('POST', `/api/v1/ideas/${idea.id}/transitions`, { body: { to: 'accepted', reason: 'Cheap and kind' } });
    const forAuthor = await eventually(async () => (await inbox(author)).items.find((n) => n.kind === 'status_change'));
    expect(forAuthor).toMatchObject({ title: '"Warm towels at the pool" is now Accepted', body: 'Rita Reviewer moved it.', link: `/ideas/${idea.id}`, read: false });
    await eventually(async () => (await inbox(follower)).items.find((n) => n.kind === 'status_change'));
    expect((await inbox(reviewer)).items.some((n) => n.kind === 'status_change')).toBe(false);

    await reviewer.request('POST', `/api/v1/ideas/${idea.id}/comments`, {
      body: { body: `Thanks! @[Quiet One](${quiet.id}) and @[Follower](${follower.id}) — can you help?` },
    });
    const mention = await eventually(async () => (await inbox(follower)).items.find((n) => n.kind === 'mention'));
    expect(mention.title).toBe('Rita Reviewer mentioned you on "Warm towels at the pool"');
    await eventually(async () => (await inbox(author)).items.find((n) => n.kind === 'comment'));
    // The mention switched off: nothing for that person.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await inbox(quiet)).items).toHaveLength(0);
    // status_change defaults to in-app and e-mail.
    const mails = await eventually(async () => {
      const rows = await t.services.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.recipient, author.email));
      return rows.length ? rows : undefined;
    });
    expect(mails.some((mail) => mail.subject.includes('is now Accepted'))).toBe(true);
  });

  it('a retried delivery never notifies twice', async () => {
    const idea = await submit({ title: 'Retry-proof towels' });
    const event = { eventKey: `manual:${idea.id}`, kind: 'status_change' as const, ideaId: idea.id, actorId: reviewer.id, actorName: 'Rita Reviewer', detail: 'In review' };
    await deliverNotifications(t.services, event);
    await deliverNotifications(t.services, event);
    const rows = await t.services.database.db.select().from(notifications).where(eq(notifications.dedupeKey, `manual:${idea.id}:${author.id}`));
    expect(rows).toHaveLength(1);
  });

  it('an anonymous author’s comment notifies as "Anonymous", and they are not told about their own comment', async () => {
    const idea = await submit({ title: 'Anonymous towels', anonymous: true });
    await follower.request('PUT', `/api/v1/ideas/${idea.id}/follow`);
    await author.request('POST', `/api/v1/ideas/${idea.id}/comments`, { body: { body: 'Also blankets.' } });
    const note = await eventually(async () => (await inbox(follower)).items.find((n) => n.kind === 'comment' && n.title.includes('Anonymous towels')));
    expect(note.title).toBe('Anonymous commented on "Anonymous towels"');
    expect(JSON.stringify(await inbox(follower))).not.toContain('Hieronymus');
    expect((await inbox(author)).items.some((n) => n.title.includes('commented on "Anonymous towels"'))).toBe(false);
  });

  it('marks read, per item or all, and only one’s own', async () => {
    const before = await inbox(author);
    expect(before.unreadCount).toBeGreaterThan(0);
    const first = before.items[0]!;
    const res = await follower.request('POST', '/api/v1/notifications/read', { body: { ids: [first.id] } });
    expect(res.status).toBe(200);
    expect((await inbox(author)).items.find((n) => n.id === first.id)!.read).toBe(false);
    await author.request('POST', '/api/v1/notifications/read', { body: { ids: [first.id] } });
    expect((await inbox(author)).items.find((n) => n.id === first.id)!.read).toBe(true);
    expect(await (await author.request('POST', '/api/v1/notifications/read', { body: { all: true } })).json()).toEqual({ unreadCount: 0 });
    expect((await author.request('POST', '/api/v1/notifications/read', { body: {} })).status).toBe(422);
  });
});

describe('live notification events', () => {
  it('reach only the person they are for', async () => {
    const mine = readEvents(await author.request('GET', '/api/v1/events'));
    const theirs = readEvents(await follower.request('GET', '/api/v1/events'));
    await eventually(async () => mine.messages.some((m) => m.event === 'ready') && theirs.messages.some((m) => m.event === 'ready'));
    await publish(t.services.database.db, { type: 'notification.created', id: 'n-1', userId: author.id });
    await publish(t.services.database.db, { type: 'idea.updated', id: 'i-1', version: 2 });
    await eventually(async () => theirs.messages.some((m) => m.event === 'idea.updated'));
    await eventually(async () => mine.messages.some((m) => m.event === 'notification.created'));
    expect(theirs.messages.some((m) => m.event === 'notification.created')).toBe(false);
    await mine.cancel();
    await theirs.cancel();
  });
});
