import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { organisations } from '../db/schema/index.js';

let t: TestContext;
let reviewer: SignedIn;
let author: SignedIn;
let colleague: SignedIn;
let customer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  reviewer = await signedIn(t, 'reviewer');
  author = await signedIn(t, 'employee', { name: 'Perpetua Lindqvist' });
  colleague = await signedIn(t, 'employee');
  customer = await signedIn(t, 'customer');
});
afterAll(() => t.close());

async function submit(extra: Record<string, unknown> = {}) {
  const res = await author.request('POST', '/api/v1/ideas', {
    body: { title: 'Phone chargers at every lobby seat', problem: 'Guests wait with flat phones.', proposal: 'Fit chargers in the lobby seats.', area: 'product', ...extra },
  });
  return (await res.json()) as { id: string; following: boolean; firstResponseAt: string | null };
}

describe('comments', () => {
  it('anyone who may read the idea comments; a reviewer’s first comment is the first response', async () => {
    const idea = await submit();
    expect(idea.following).toBe(true);
    expect((await colleague.request('POST', `/api/v1/ideas/${idea.id}/comments`, { body: { body: 'Yes! **Please** do this.' } })).status).toBe(201);
    let seen = (await (await author.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as { commentCount: number; firstResponseAt: string | null };
    expect(seen).toMatchObject({ commentCount: 1, firstResponseAt: null });
    await reviewer.request('POST', `/api/v1/ideas/${idea.id}/comments`, { body: { body: 'Checking the budget with facilities.' } });
    seen = (await (await author.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as { commentCount: number; firstResponseAt: string | null };
    expect(seen.commentCount).toBe(2);
    expect(seen.firstResponseAt).toBeTruthy();
    const list = (await (await customer.request('GET', `/api/v1/ideas/${idea.id}/comments`)).json()) as { status: number };
    expect(list.status).toBe(404);
    expect((await colleague.request('POST', `/api/v1/ideas/${idea.id}/comments`, { body: { body: '   ' } })).status).toBe(422);
  });

  it('the anonymous author’s comments are signed "Anonymous"', async () => {
    const idea = await submit({ anonymous: true, title: 'Anonymous: a rest room for night staff' });
    await author.request('POST', `/api/v1/ideas/${idea.id}/comments`, { body: { body: 'To add: it should have a sofa.' } });
    const res = await reviewer.request('GET', `/api/v1/ideas/${idea.id}/comments`);
    const text = await res.text();
    expect(text).toContain('"name":"Anonymous"');
    expect(text).not.toContain(author.id);
    expect(text).not.toContain('Perpetua');
  });
});

describe('following', () => {
  it('commenters follow; anyone may follow or unfollow; the following filter lists them', async () => {
    const idea = await submit({ title: 'Follow me: umbrella loans' });
    expect(await (await colleague.request('PUT', `/api/v1/ideas/${idea.id}/follow`)).json()).toEqual({ following: true });
    const list = (await (await colleague.request('GET', '/api/v1/ideas?following=true')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(idea.id);
    expect(await (await colleague.request('DELETE', `/api/v1/ideas/${idea.id}/follow`)).json()).toEqual({ following: false });
    const after = (await (await colleague.request('GET', '/api/v1/ideas?following=true')).json()) as { items: { id: string }[] };
    expect(after.items.map((item) => item.id)).not.toContain(idea.id);
  });

  it('followers of a merged duplicate follow the idea it merged into', async () => {
    const target = await submit({ title: 'Umbrellas at the door' });
    const duplicate = await submit({ title: 'Lend umbrellas when it rains' });
    await colleague.request('PUT', `/api/v1/ideas/${duplicate.id}/follow`);
    await reviewer.request('POST', `/api/v1/ideas/${duplicate.id}/transitions`, { body: { to: 'merged', reason: 'Same idea', mergeInto: target.id } });
    const seen = (await (await colleague.request('GET', `/api/v1/ideas/${target.id}`)).json()) as { following: boolean };
    expect(seen.following).toBe(true);
  });
});
