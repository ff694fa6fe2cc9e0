import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { organisations, sites } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let porto: SignedIn;
let porto2: SignedIn;
let author: SignedIn;
let colleague: SignedIn;
let siteId: string;
let emptySiteId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.database.db;
  await db.insert(organisations).values({ name: 'Test Hotels' });
  [siteId, emptySiteId] = (
    await db.insert(sites).values([
      { slug: 'porto', name: 'Porto', timeZone: 'Europe/Lisbon' },
      { slug: 'quiet', name: 'Quiet site', timeZone: 'Asia/Tokyo' },
    ]).returning()
  ).map((site) => site.id) as [string, string];
  admin = await signedIn(t, 'admin');
  porto = await signedIn(t, 'reviewer', { siteIds: [siteId] });
  porto2 = await signedIn(t, 'reviewer', { siteIds: [siteId] });
  author = await signedIn(t, 'employee');
  colleague = await signedIn(t, 'employee');
});
afterAll(() => t.close());

type Idea = { id: string; reviewer: { id: string } | null; stage: { key: string }; voteCount: number; timeline: Record<string, unknown>[] };

async function submit(title: string, site: string | null = siteId, extra: Record<string, unknown> = {}): Promise<Idea> {
  const res = await author.request('POST', '/api/v1/ideas', {
    body: { title, problem: 'Guests keep asking the same question at the desk.', proposal: 'Answer it before they ask.', area: 'process', siteId: site, ...extra },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Idea;
}
const move = (session: SignedIn, id: string, body: Record<string, unknown>) => session.request('POST', `/api/v1/ideas/${id}/transitions`, { body });

describe('reviewer assignment', () => {
  it('rotates among the site’s reviewers, and falls back to every reviewer when a site has none', async () => {
    const a = await submit('First in the rotation');
    const b = await submit('Second in the rotation');
    const c = await submit('Third in the rotation');
    const siteReviewers = [porto.id, porto2.id];
    expect(siteReviewers).toContain(a.reviewer!.id);
    expect(b.reviewer!.id).not.toBe(a.reviewer!.id);
    expect(c.reviewer!.id).toBe(a.reviewer!.id);
    expect(a.timeline.map((event) => event.type)).toEqual(['submitted', 'assigned']);

    const elsewhere = await submit('Idea for the quiet site', emptySiteId);
    expect(siteReviewers).toContain(elsewhere.reviewer!.id);
  });

  it('simultaneous submissions take different turns: four at once go two to each site reviewer', async () => {
    const ideas = await Promise.all([1, 2, 3, 4].map((n) => submit(`Simultaneous idea ${n}`)));
    const perReviewer = ideas.reduce<Record<string, number>>((tally, idea) => ({ ...tally, [idea.reviewer!.id]: (tally[idea.reviewer!.id] ?? 0) + 1 }), {});
    expect(perReviewer).toEqual({ [porto.id]: 2, [porto2.id]: 2 });
  });

  it('can be handed to another reviewer by reviewers and admins, not by employees', async () => {
    const idea = await submit('Needs a different reviewer');
    const other = idea.reviewer!.id === porto.id ? porto2 : porto;
    expect((await colleague.request('PUT', `/api/v1/ideas/${idea.id}/assignment`, { body: { reviewerId: other.id } })).status).toBe(403);
    expect((await admin.request('PUT', `/api/v1/ideas/${idea.id}/assignment`, { body: { reviewerId: author.id } })).status).toBe(422);
    const res = await admin.request('PUT', `/api/v1/ideas/${idea.id}/assignment`, { body: { reviewerId: other.id } });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Idea;
    expect(after.reviewer!.id).toBe(other.id);
    expect(after.timeline.at(-1)).toMatchObject({ type: 'assigned', assignee: { id: other.id } });
  });
});

describe('transitions', () => {
  it('moves with a decision record on the public timeline and stamps first response and decision', async () => {
    const idea = await submit('Welcome drink voucher at check-in');
    const review = await move(porto, idea.id, { to: 'in_review' });
    expect(review.status).toBe(200);
    const res = await move(porto, idea.id, { to: 'accepted', reason: 'Cheap to try, guests asked for it', reasonCode: 'strong_case' });
    const body = (await res.json()) as Idea & { firstResponseAt: string; decidedAt: string; abilities: { moveTo: string[] } };
    expect(body.stage.key).toBe('accepted');
    expect(body.abilities.moveTo).toEqual(['experimenting', 'implemented', 'parked', 'declined']);
    const stages = (await (await colleague.request('GET', '/api/v1/stages')).json()) as { items: { key: string; customerLabel: string }[] };
    expect(stages.items.map((stage) => stage.key)).toEqual(['submitted', 'in_review', 'needs_info', 'accepted', 'experimenting', 'scaling', 'implemented', 'parked', 'declined', 'merged']);
    expect(body.firstResponseAt).toBeTruthy();
    expect(body.decidedAt).toBeTruthy();
    expect(body.timeline.at(-1)).toMatchObject({
      type: 'transition', fromStage: 'in_review', toStage: 'accepted', reasonCode: 'strong_case',
      reason: 'Cheap to try, guests asked for it', actor: { id: porto.id },
    });
    const seenByColleague = (await (await colleague.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as Idea;
    expect(seenByColleague.timeline.at(-1)).toMatchObject({ reason: 'Cheap to try, guests asked for it' });
  });

  it('requires a reason for parked, declined and merged, naming the field', async () => {
    const idea = await submit('Needs a reason to close');
    for (const to of ['parked', 'declined', 'merged']) {
      const res = await move(porto, idea.id, { to, revisitOn: '2099-01-01' });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ errors: [{ path: 'reason' }] });
    }
  });

  it('parking needs a future revisit date; merging needs another open idea', async () => {
    const idea = await submit('Park me');
    expect(await (await move(porto, idea.id, { to: 'parked', reason: 'Not this season' })).json()).toMatchObject({ errors: [{ path: 'revisitOn' }] });
    expect(await (await move(porto, idea.id, { to: 'parked', reason: 'Not this season', revisitOn: '2001-01-01' })).json()).toMatchObject({ errors: [{ path: 'revisitOn' }] });
    expect(await (await move(porto, idea.id, { to: 'merged', reason: 'Same as another' })).json()).toMatchObject({ errors: [{ path: 'mergeInto' }] });
    expect(await (await move(porto, idea.id, { to: 'merged', reason: 'Same', mergeInto: idea.id })).json()).toMatchObject({ errors: [{ path: 'mergeInto' }] });
    const parked = await move(porto, idea.id, { to: 'parked', reason: 'Not this season', revisitOn: '2099-03-01', reasonCode: 'not_feasible_now' });
    expect(await parked.json()).toMatchObject({ stage: { key: 'parked' }, revisitOn: '2099-03-01' });
  });

  it('refuses illegal moves, unknown stages and codes, and moves by employees', async () => {
    const idea = await submit('Move me carefully');
    expect((await move(porto, idea.id, { to: 'scaling' })).status).toBe(409);
    expect((await move(porto, idea.id, { to: 'submitted' })).status).toBe(409);
    expect(await (await move(porto, idea.id, { to: 'teleported' })).json()).toMatchObject({ status: 422, errors: [{ path: 'to' }] });
    expect(await (await move(porto, idea.id, { to: 'accepted', reasonCode: 'vibes' })).json()).toMatchObject({ status: 422, errors: [{ path: 'reasonCode' }] });
    expect((await move(author, idea.id, { to: 'accepted' })).status).toBe(403);
    expect((await move(colleague, idea.id, { to: 'accepted' })).status).toBe(403);
    expect((await move(porto, idea.id, { to: 'declined', reason: 'Out of scope for us', reasonCode: 'out_of_scope' })).status).toBe(200);
    const again = await move(porto, idea.id, { to: 'in_review' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ detail: expect.stringMatching(/closed idea does not move/) });
  });

  it('merging moves votes to the target without double counting', async () => {
    const target = await submit('Original: luggage storage after checkout');
    const duplicate = await submit('Duplicate: keep bags after checkout');
    const voters = await Promise.all([signedIn(t, 'employee'), signedIn(t, 'employee'), signedIn(t, 'employee')]);
    await voters[0]!.request('PUT', `/api/v1/ideas/${target.id}/vote`);
    await voters[0]!.request('PUT', `/api/v1/ideas/${duplicate.id}/vote`);
    await voters[1]!.request('PUT', `/api/v1/ideas/${duplicate.id}/vote`);
    await voters[2]!.request('PUT', `/api/v1/ideas/${duplicate.id}/vote`);
    const res = await move(porto, duplicate.id, { to: 'merged', reason: 'Same idea', reasonCode: 'duplicate', mergeInto: target.id });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stage: { key: 'merged' }, mergedIntoId: target.id, voteCount: 0 });
    const after = (await (await colleague.request('GET', `/api/v1/ideas/${target.id}`)).json()) as Idea;
    expect(after.voteCount).toBe(3);
  });
});

describe('decision log', () => {
  it('lets everyone search and filter why ideas were decided, without confidential ones for members', async () => {
    const secret = await submit('Confidential supplier switch', siteId, { confidential: true });
    await move(porto, secret.id, { to: 'declined', reason: 'Contract terms secret', reasonCode: 'not_feasible_now' });

    const all = (await (await colleague.request('GET', '/api/v1/decisions')).json()) as { items: { stage: string; reason: string; reviewer: unknown }[] };
    expect(all.items.map((item) => item.stage)).toEqual(expect.arrayContaining(['accepted', 'parked', 'declined', 'merged']));
    expect(all.items.some((item) => item.reason === 'Contract terms secret')).toBe(false);
    expect(all.items[0]!.reviewer).toBeTruthy();

    const declined = (await (await colleague.request('GET', '/api/v1/decisions?stage=declined&reasonCode=out_of_scope')).json()) as { items: { reason: string }[] };
    expect(declined.items.map((item) => item.reason)).toEqual(['Out of scope for us']);
    const search = (await (await colleague.request('GET', `/api/v1/decisions?q=${encodeURIComponent('cheap to try')}`)).json()) as { items: { stage: string }[] };
    expect(search.items.map((item) => item.stage)).toEqual(['accepted']);

    const forReviewer = (await (await porto.request('GET', '/api/v1/decisions?stage=declined')).json()) as { items: { reason: string }[] };
    expect(forReviewer.items.map((item) => item.reason)).toContain('Contract terms secret');
    expect((await (await colleague.request('GET', '/api/v1/reason-codes')).json() as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(5);

    const seen: string[] = [];
    let before: string | null = null;
    do {
      const res: Response = await porto.request('GET', `/api/v1/decisions?limit=1${before ? `&before=${encodeURIComponent(before)}` : ''}`);
      const page = (await res.json()) as { items: { ideaId: string; stage: string }[]; nextBefore: string | null };
      seen.push(...page.items.map((item) => `${item.ideaId}:${item.stage}`));
      before = page.nextBefore;
    } while (before);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });
});
