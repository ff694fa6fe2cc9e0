import { eq, sql } from 'drizzle-orm';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { ideas, organisations, sites } from '../db/schema/index.js';
import { sendReviewReminders } from './review-reminders.job.js';

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
let author: SignedIn;
let tokyo: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.database.db;
  await db.insert(organisations).values({ name: 'Test Hotels' });
  tokyo = (await db.insert(sites).values({ slug: 'tokyo', name: 'Tokyo', timeZone: 'Asia/Tokyo' }).returning())[0]!.id;
  admin = await signedIn(t, 'admin');
  reviewer = await signedIn(t, 'reviewer', { siteIds: [tokyo] });
  author = await signedIn(t, 'employee');
});
afterAll(() => t.close());

type Clock = { awaiting: string | null; state: string; dueAt: string | null; firstResponseDueAt: string; decisionDueAt: string };

async function submit(title: string) {
  const res = await author.request('POST', '/api/v1/ideas', { body: { title, problem: 'A real problem.', proposal: 'A first step.', area: 'process', siteId: tokyo } });
  return (await res.json()) as { id: string; clock: Clock };
}

describe('the response-time promise', () => {
  it('sets due dates in business days of the site’s time zone and shows the clock', async () => {
    const idea = await submit('Clock starts now');
    expect(idea.clock).toMatchObject({ awaiting: 'first_response', state: 'on_track' });
    const due = new Date(idea.clock.firstResponseDueAt);
    // 23:59 in Tokyo is 14:59 UTC.
    expect(due.toISOString().slice(11, 16)).toBe('14:59');
    const days = (due.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThan(10);
    expect(new Date(idea.clock.decisionDueAt).getTime()).toBeGreaterThan(due.getTime());
  });

  it('admins change the promise; later ideas use it', async () => {
    const bad = await admin.request('PATCH', '/api/v1/organisation', { body: { firstResponseDays: 10, decisionDays: 5 } });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'decisionDays' }] });
    expect((await admin.request('PATCH', '/api/v1/organisation', { body: { firstResponseDays: 1, decisionDays: 3 } })).status).toBe(200);
    const idea = await submit('Under the new promise');
    const days = (new Date(idea.clock.firstResponseDueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeLessThan(4);
  });

  it('lists overdue ideas for everyone, and the answer stops the first clock', async () => {
    const late = await submit('This one is late');
    const onTime = await submit('This one is fine');
    await t.services.database.db.update(ideas).set({ firstResponseDueAt: sql`now() - interval '1 hour'` }).where(eq(ideas.id, late.id));
    const list = (await (await author.request('GET', '/api/v1/ideas?overdue=true')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(late.id);
    expect(list.items.map((item) => item.id)).not.toContain(onTime.id);
    const seen = (await (await author.request('GET', `/api/v1/ideas/${late.id}`)).json()) as { clock: Clock };
    expect(seen.clock.state).toBe('overdue');

    await reviewer.request('POST', `/api/v1/ideas/${late.id}/transitions`, { body: { to: 'in_review' } });
    const answered = (await (await author.request('GET', `/api/v1/ideas/${late.id}`)).json()) as { clock: Clock };
    expect(answered.clock).toMatchObject({ awaiting: 'decision' });
    const after = (await (await author.request('GET', '/api/v1/ideas?overdue=true')).json()) as { items: { id: string }[] };
    expect(after.items.map((item) => item.id)).not.toContain(late.id);
  });

  it('reminds each assigned reviewer once a day of ideas due or late', async () => {
    const due = await submit('Due tomorrow morning');
    await t.services.database.db.update(ideas).set({ firstResponseDueAt: sql`now() + interval '3 hours'` }).where(eq(ideas.id, due.id));
    const now = new Date();
    expect(await sendReviewReminders(t.services, now)).toBe(1);
    expect(await sendReviewReminders(t.services, now)).toBe(1);
    const outbox = path.join(t.config.dataDir, 'outbox');
    const mail = await eventually(async () => {
      try {
        const found = readdirSync(outbox).map((file) => readFileSync(path.join(outbox, file), 'utf8')).filter((text) => text.includes('waiting for your answer'));
        return found.length ? found : undefined;
      } catch {
        return undefined;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = readdirSync(outbox).map((file) => readFileSync(path.join(outbox, file), 'utf8')).filter((text) => text.includes('waiting for your answer'));
    expect(again).toHaveLength(1);
    expect(mail[0]).toContain(`To: ${reviewer.email}`);
    expect(mail[0]).toContain('Due tomorrow morning');
  });
});
