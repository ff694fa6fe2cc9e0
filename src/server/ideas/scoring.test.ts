import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { auditEvents, organisations } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let reviewerA: SignedIn;
let reviewerB: SignedIn;
let author: SignedIn;
let colleague: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  admin = await signedIn(t, 'admin');
  reviewerA = await signedIn(t, 'reviewer');
  reviewerB = await signedIn(t, 'reviewer');
  author = await signedIn(t, 'employee', { name: 'Octavia Quill' });
  colleague = await signedIn(t, 'employee');
});
afterAll(() => t.close());

type Scores = { weightedTotal: number | null; reviewerCount: number; mine: Record<string, number>; criteria: { key: string; average: number | null; weight: number }[] };

async function submit(extra: Record<string, unknown> = {}) {
  const res = await author.request('POST', '/api/v1/ideas', {
    body: { title: 'Breakfast to go for early flights', problem: 'Guests leave before breakfast opens.', proposal: 'A bag with fruit and a pastry at the desk from 5 am.', area: 'product', ...extra },
  });
  return (await res.json()) as { id: string; scores: Scores; abilities: Record<string, boolean> };
}

describe('rubric scores', () => {
  it('each reviewer scores 1–5 per criterion; the page shows averages and the weighted total', async () => {
    const idea = await submit();
    expect(idea.scores).toMatchObject({ weightedTotal: null, reviewerCount: 0 });
    expect(idea.scores.criteria.map((c) => c.key)).toEqual(['customer_impact', 'employee_impact', 'cost', 'effort', 'risk', 'scalability']);

    const a = await reviewerA.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { customer_impact: 5, cost: 3 } } });
    expect(a.status).toBe(200);
    await reviewerB.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { customer_impact: 3, cost: 3 } } });
    // Saving again replaces, never adds.
    await reviewerB.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { customer_impact: 4 } } });

    const seen = (await (await colleague.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as { scores: Scores };
    const byKey = Object.fromEntries(seen.scores.criteria.map((c) => [c.key, c.average]));
    expect(byKey).toMatchObject({ customer_impact: 4.5, cost: 3, effort: null });
    // (4.5 × 3 + 3 × 2) / 5
    expect(seen.scores.weightedTotal).toBe(3.9);
    expect(seen.scores.reviewerCount).toBe(2);
    expect(seen.scores.mine).toEqual({});
    const mine = (await (await reviewerB.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as { scores: Scores };
    expect(mine.scores.mine).toEqual({ customer_impact: 4, cost: 3 });
  });

  it('refuses scores out of range or for unknown criteria, and scoring by employees', async () => {
    const idea = await submit();
    const bad = await reviewerA.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { customer_impact: 6, vibes: 3 } } });
    expect(bad.status).toBe(422);
    const unknown = await reviewerA.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { vibes: 3 } } });
    expect(await unknown.json()).toMatchObject({ errors: [{ path: 'scores.vibes' }] });
    expect((await colleague.request('PUT', `/api/v1/ideas/${idea.id}/review`, { body: { scores: { cost: 3 } } })).status).toBe(403);
  });

  it('admins replace the rubric; others may only read it', async () => {
    const rubric = { criteria: [{ key: 'guest_delight', name: 'Guest delight', weight: 3 }, { key: 'cost', name: 'Cost', weight: 1 }] };
    expect((await reviewerA.request('PUT', '/api/v1/rubric', { body: rubric })).status).toBe(403);
    const res = await admin.request('PUT', '/api/v1/rubric', { body: rubric });
    expect(res.status).toBe(200);
    expect(((await (await colleague.request('GET', '/api/v1/rubric')).json()) as { criteria: { key: string }[] }).criteria.map((c) => c.key)).toEqual([
      'guest_delight',
      'cost',
    ]);
    const duplicate = await admin.request('PUT', '/api/v1/rubric', { body: { criteria: [{ key: 'a_b', name: 'AB', weight: 1 }, { key: 'a_b', name: 'AB', weight: 1 }] } });
    expect(duplicate.status).toBe(422);
  });
});

describe('internal notes', () => {
  it('are for reviewers and admins only', async () => {
    const idea = await submit();
    const added = await reviewerA.request('POST', `/api/v1/ideas/${idea.id}/notes`, { body: { body: 'Check with the kitchen about 5 am staffing.' } });
    expect(added.status).toBe(201);
    const list = (await (await admin.request('GET', `/api/v1/ideas/${idea.id}/notes`)).json()) as { items: { body: string; author: { id: string } }[] };
    expect(list.items).toEqual([expect.objectContaining({ body: 'Check with the kitchen about 5 am staffing.', author: expect.objectContaining({ id: reviewerA.id }) })]);
    for (const viewer of [author, colleague]) {
      expect((await viewer.request('GET', `/api/v1/ideas/${idea.id}/notes`)).status).toBe(403);
      expect((await viewer.request('POST', `/api/v1/ideas/${idea.id}/notes`, { body: { body: 'x' } })).status).toBe(403);
      expect(await (await viewer.request('GET', `/api/v1/ideas/${idea.id}`)).text()).not.toContain('kitchen about 5 am');
    }
  });
});

describe('edits', () => {
  it('the author edits until review starts; reviewers at any time; each edit is on the timeline', async () => {
    const idea = await submit();
    expect(idea.abilities.edit).toBe(true);
    const edited = await author.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: { title: 'Grab-and-go breakfast for early flights' } });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ title: 'Grab-and-go breakfast for early flights' });
    expect((await colleague.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: { title: 'Mine now' } })).status).toBe(403);

    await reviewerA.request('POST', `/api/v1/ideas/${idea.id}/transitions`, { body: { to: 'in_review' } });
    expect((await author.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: { title: 'Too late now' } })).status).toBe(403);
    const byReviewer = await reviewerA.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: { tags: ['Breakfast'] } });
    const body = (await byReviewer.json()) as { tags: string[]; timeline: { type: string }[] };
    expect(body.tags).toEqual(['breakfast']);
    expect(body).toMatchObject({ title: 'Grab-and-go breakfast for early flights' });
    expect(body.timeline.filter((event) => event.type === 'edited')).toHaveLength(2);
    expect((await author.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: {} })).status).toBe(422);
  });

  it('an anonymous author’s submission and edits leave audit events that do not name them', async () => {
    const idea = await submit({ anonymous: true, title: 'Quiet hours for night-shift staff rooms' });
    await author.request('PATCH', `/api/v1/ideas/${idea.id}`, { body: { proposal: 'Signs and a booking sheet.' } });
    const events = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, idea.id));
    expect(events.map((event) => event.action).sort()).toEqual(['idea.edited', 'idea.submitted']);
    expect(events.every((event) => event.actorId === null)).toBe(true);
    const log = (await (await admin.request('GET', '/api/v1/audit-events?limit=200')).json()) as { items: { subjectId: string | null }[] };
    const aboutIdea = log.items.filter((item) => item.subjectId === idea.id);
    expect(aboutIdea).toHaveLength(2);
    expect(JSON.stringify(aboutIdea)).not.toContain(author.id);
    const seen = await admin.request('GET', `/api/v1/ideas/${idea.id}`);
    const text = await seen.text();
    expect(text).not.toContain(author.id);
    expect(text).not.toContain('Octavia');
  });
});
