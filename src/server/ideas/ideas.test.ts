import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client.js';
import { ideas, organisations, sites } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
let author: SignedIn;
let colleague: SignedIn;
let customer: SignedIn;
let siteId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.database.db;
  await db.insert(organisations).values({ name: 'Test Hotels' });
  siteId = (await db.insert(sites).values({ slug: 'porto', name: 'Porto', timeZone: 'Europe/Lisbon' }).returning())[0]!.id;
  [admin, reviewer, author, colleague, customer] = await Promise.all([
    signedIn(t, 'admin'),
    signedIn(t, 'reviewer'),
    signedIn(t, 'employee', { name: 'Wilhelmina Authorsdottir' }),
    signedIn(t, 'employee'),
    signedIn(t, 'customer'),
  ]);
});
afterAll(() => t.close());

const idea = (overrides: Record<string, unknown> = {}) => ({
  title: 'Text guests when their room is ready',
  problem: 'Guests wait in the lobby after a red-eye flight, asking the desk every ten minutes.',
  proposal: 'Send an SMS the moment housekeeping marks the room clean.',
  area: 'process',
  siteId,
  tags: ['Check-in', 'sms', 'sms'],
  ...overrides,
});

async function submit(session: SignedIn, overrides: Record<string, unknown> = {}) {
  const res = await session.request('POST', '/api/v1/ideas', { body: idea(overrides) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; author: { id: string | null; name: string }; tags: string[]; stage: { key: string } };
}

describe('submitting ideas', () => {
  it('creates an idea in the first stage with a timeline entry and a Location', async () => {
    const res = await author.request('POST', '/api/v1/ideas', { body: idea() });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; timeline: unknown[] } & Record<string, unknown>;
    expect(res.headers.get('location')).toBe(`/api/v1/ideas/${body.id}`);
    expect(body).toMatchObject({ stage: { key: 'submitted', name: 'Submitted' }, tags: ['check-in', 'sms'], mine: true, voteCount: 0 });
    expect(body.timeline[0]).toEqual(expect.objectContaining({ type: 'submitted', toStage: 'submitted', actor: expect.objectContaining({ id: author.id }) }));
  });

  it('names every bad field', async () => {
    const res = await author.request('POST', '/api/v1/ideas', {
      body: { title: 'Hi', problem: '', proposal: 'x', area: 'vibes', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
    });
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
    expect(paths).toEqual(['area', 'problem', 'tags', 'title']);
  });

  it('refuses an unknown site', async () => {
    const res = await author.request('POST', '/api/v1/ideas', { body: idea({ siteId: '00000000-0000-4000-8000-000000000000' }) });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'siteId', message: 'No such site' }] });
  });

  it('customers do not use the internal idea list', async () => {
    expect((await customer.request('POST', '/api/v1/ideas', { body: idea() })).status).toBe(403);
    expect((await customer.request('GET', '/api/v1/ideas')).status).toBe(403);
  });

  it('an Idempotency-Key makes a retried submission create one idea', async () => {
    const headers = { 'idempotency-key': 'submit-once-1' };
    const first = await author.request('POST', '/api/v1/ideas', { body: idea({ title: 'Retry-safe idea' }), headers });
    const second = await author.request('POST', '/api/v1/ideas', { body: idea({ title: 'Retry-safe idea' }), headers });
    expect(((await second.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    const list = (await (await author.request('GET', '/api/v1/ideas?q=retry-safe')).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
  });
});

describe('anonymity', () => {
  it('an anonymous author is "Anonymous" to everyone, admins included, in every response; only they see it as theirs', async () => {
    const secret = await submit(author, { title: 'Anonymous suggestion about shift swaps', anonymous: true });
    for (const viewer of [admin, reviewer, colleague]) {
      const one = await viewer.request('GET', `/api/v1/ideas/${secret.id}`);
      const list = await viewer.request('GET', '/api/v1/ideas?q=shift swaps');
      for (const text of [await one.text(), await list.text()]) {
        expect(text).not.toContain(author.id);
        expect(text).not.toContain(author.email);
        expect(text).not.toContain('Wilhelmina');
        expect(text).toContain('"name":"Anonymous"');
      }
    }
    const mine = (await (await author.request('GET', '/api/v1/ideas?mine=true')).json()) as { items: { id: string; mine: boolean }[] };
    expect(mine.items.find((item) => item.id === secret.id)?.mine).toBe(true);
    const seenByColleague = (await (await colleague.request('GET', '/api/v1/ideas?mine=true')).json()) as { items: { id: string }[] };
    expect(seenByColleague.items.map((item) => item.id)).not.toContain(secret.id);
  });
});

describe('confidential ideas', () => {
  it('are visible to reviewers, admins and the author; to others they do not exist', async () => {
    const secret = await submit(author, { title: 'Patentable luggage robot', confidential: true });
    for (const viewer of [admin, reviewer, author]) expect((await viewer.request('GET', `/api/v1/ideas/${secret.id}`)).status).toBe(200);
    const hidden = await colleague.request('GET', `/api/v1/ideas/${secret.id}`);
    expect(hidden.status).toBe(404);
    const list = (await (await colleague.request('GET', '/api/v1/ideas?q=luggage')).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(0);
    expect((await colleague.request('PUT', `/api/v1/ideas/${secret.id}/vote`)).status).toBe(404);
  });
});

describe('votes', () => {
  it('one per person, counted on the idea; authors may not vote on their own idea', async () => {
    const target = await submit(author, { title: 'Late checkout for loyalty members' });
    expect((await author.request('PUT', `/api/v1/ideas/${target.id}/vote`)).status).toBe(403);
    expect(await (await colleague.request('PUT', `/api/v1/ideas/${target.id}/vote`)).json()).toEqual({ voteCount: 1, voted: true });
    expect(await (await colleague.request('PUT', `/api/v1/ideas/${target.id}/vote`)).json()).toEqual({ voteCount: 1, voted: true });
    expect(await (await reviewer.request('PUT', `/api/v1/ideas/${target.id}/vote`)).json()).toEqual({ voteCount: 2, voted: true });
    expect(await (await colleague.request('DELETE', `/api/v1/ideas/${target.id}/vote`)).json()).toEqual({ voteCount: 1, voted: false });
    expect(await (await colleague.request('DELETE', `/api/v1/ideas/${target.id}/vote`)).json()).toEqual({ voteCount: 1, voted: false });
    const seen = (await (await reviewer.request('GET', `/api/v1/ideas/${target.id}`)).json()) as { voted: boolean; voteCount: number };
    expect(seen).toMatchObject({ voted: true, voteCount: 1 });
  });

  it('stay correct under concurrent requests', async () => {
    const target = await submit(author, { title: 'Quiet rooms on high floors' });
    const voters = await Promise.all(Array.from({ length: 6 }, () => signedIn(t, 'employee')));
    await Promise.all(voters.flatMap((voter) => [1, 2, 3].map(() => voter.request('PUT', `/api/v1/ideas/${target.id}/vote`))));
    const seen = (await (await reviewer.request('GET', `/api/v1/ideas/${target.id}`)).json()) as { voteCount: number };
    expect(seen.voteCount).toBe(6);
  });
});

describe('browsing', () => {
  it('filters by area, tag, site and voted; sorts by votes; pages without repeats', async () => {
    await submit(author, { title: 'Self-service luggage tags', area: 'product', tags: ['luggage'] });
    const byArea = (await (await colleague.request('GET', '/api/v1/ideas?area=product')).json()) as { items: { area: string }[] };
    expect(byArea.items.length).toBeGreaterThan(0);
    expect(byArea.items.every((item) => item.area === 'product')).toBe(true);
    const byTag = (await (await colleague.request('GET', '/api/v1/ideas?tag=Luggage')).json()) as { items: { tags: string[] }[] };
    expect(byTag.items.every((item) => item.tags.includes('luggage'))).toBe(true);
    const voted = (await (await reviewer.request('GET', '/api/v1/ideas?voted=true')).json()) as { items: { voted: boolean }[] };
    expect(voted.items.length).toBeGreaterThan(0);
    expect(voted.items.every((item) => item.voted)).toBe(true);

    const top = (await (await colleague.request('GET', '/api/v1/ideas?sort=top&limit=3')).json()) as { items: { voteCount: number }[] };
    const counts = top.items.map((item) => item.voteCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    for (const sort of ['newest', 'top']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: Response = await reviewer.request('GET', `/api/v1/ideas?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(6);
    }
  });

  it('searches full text with stemming', async () => {
    const res = await colleague.request('GET', `/api/v1/ideas?q=${encodeURIComponent('waiting lobby')}`);
    const titles = ((await res.json()) as { items: { title: string }[] }).items.map((item) => item.title);
    expect(titles).toContain('Text guests when their room is ready');
  });
});

describe('more ways to browse', () => {
  it('returns counts per stage for the current filter', async () => {
    const res = (await (await colleague.request('GET', '/api/v1/ideas?area=process&stage=in_review')).json()) as { items: unknown[]; counts: Record<string, number> };
    expect(res.items).toHaveLength(0);
    expect(res.counts.submitted).toBeGreaterThan(0);
  });

  it('counts kept by the database match a real count, for members (own confidential ideas included) and reviewers', async () => {
    await submit(colleague, { title: 'Confidential pricing idea for counters', area: 'business_model', confidential: true });
    const moved = await submit(author, { title: 'Counted idea that moves', area: 'business_model' });
    expect((await reviewer.request('POST', `/api/v1/ideas/${moved.id}/transitions`, { body: { to: 'in_review' } })).status).toBe(200);
    const db = t.services.database.db;
    const truth = async (session: SignedIn, where: string) =>
      Object.fromEntries(
        (
          await queryRows<{ stage_key: string; n: number }>(
            db,
            sql.raw(`SELECT stage_key, count(*)::int AS n FROM ideas WHERE ${where} GROUP BY stage_key`),
          )
        ).map((row) => [row.stage_key, row.n]),
      );
    const visible = (session: SignedIn) => `(NOT confidential OR author_id = '${session.id}')`;
    const countsFor = async (session: SignedIn, query: string) =>
      ((await (await session.request('GET', `/api/v1/ideas?${query}`)).json()) as { counts: Record<string, number> }).counts;

    expect(await countsFor(colleague, 'area=business_model')).toEqual(await truth(colleague, `area = 'business_model' AND ${visible(colleague)}`));
    expect(await countsFor(author, 'area=business_model')).toEqual(await truth(author, `area = 'business_model' AND ${visible(author)}`));
    expect(await countsFor(reviewer, 'area=business_model')).toEqual(await truth(reviewer, `area = 'business_model'`));
    expect(await countsFor(colleague, `siteId=${siteId}`)).toEqual(await truth(colleague, `site_id = '${siteId}' AND ${visible(colleague)}`));
    expect(await countsFor(admin, '')).toEqual(await truth(admin, 'true'));
    expect((await countsFor(author, 'area=business_model')).in_review).toBeGreaterThanOrEqual(1);
  });

  it('trending weighs votes against age: a week-old idea needs about twice the votes of a new one', async () => {
    const db = t.services.database.db;
    const [old, fresh] = [await submit(author, { title: 'Week-old trending idea' }), await submit(author, { title: 'Fresh trending idea' })];
    // Eight days old with 3 votes weighs (3 + 1) * 2^(-8/7) ≈ 1.8; brand new with none weighs 1.
    await db.update(ideas).set({ createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000), voteCount: 3 }).where(eq(ideas.id, old.id));
    const order = async () => {
      const page = (await (await reviewer.request('GET', '/api/v1/ideas?sort=trending&q=trending&limit=10')).json()) as { items: { id: string }[] };
      return page.items.map((item) => item.id).filter((id) => id === old.id || id === fresh.id);
    };
    expect(await order()).toEqual([old.id, fresh.id]);
    // Sixteen days old, the same votes weigh 4 * 2^(-16/7) ≈ 0.8: the new idea is ahead now.
    await db.update(ideas).set({ createdAt: new Date(Date.now() - 16 * 24 * 3600 * 1000) }).where(eq(ideas.id, old.id));
    expect(await order()).toEqual([fresh.id, old.id]);
  });

  it('trending and waiting page through every idea once', async () => {
    for (const sort of ['trending', 'waiting']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: Response = await reviewer.request('GET', `/api/v1/ideas?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(6);
    }
  });

  it('finds similar ideas while typing, tolerant of typos', async () => {
    const res = await colleague.request('GET', `/api/v1/ideas/similar?text=${encodeURIComponent('text guests when the rom is redy')}`);
    expect(res.status).toBe(200);
    const titles = ((await res.json()) as { items: { title: string; stage: { key: string } }[] }).items.map((item) => item.title);
    expect(titles[0]).toBe('Text guests when their room is ready');
    const typo = await colleague.request('GET', `/api/v1/ideas/similar?text=${encodeURIComponent('lugage tgas')}`);
    expect(((await typo.json()) as { items: { title: string }[] }).items.map((item) => item.title)).toContain('Self-service luggage tags');
    expect((await colleague.request('GET', '/api/v1/ideas/similar?text=ab')).status).toBe(422);
  });
});
