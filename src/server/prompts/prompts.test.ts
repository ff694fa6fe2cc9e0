import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { auditEvents, organisations, PROMPT_AREAS, PROMPT_TECHNIQUES, sites } from '../db/schema/index.js';
import { promptOfTheWeek, rotationOffset, startOfLocalDay, weekContaining, type RotationPrompt } from './rotation.js';

type Prompt = { id: string; text: string; area: string; technique: string; position: number; active: boolean; version: number };
type LibraryPrompt = Prompt & { counts: { ideas: number; acceptedOrLater: number; implemented: number } };
type Weekly = { prompt: Prompt | null; source: string; site: { id: string; name: string; timeZone: string } | null; timeZone: string; weekStartsAt: string; weekEndsAt: string };
type IdeaSummary = { id: string; title: string; author: { id: string | null; name: string }; prompt: { id: string; text: string } | null };
type Detail = LibraryPrompt & { ideas: { items: IdeaSummary[]; nextCursor: string | null }; abilities: { manage: boolean } };

// ---------------------------------------------------------------------------------------------
// The rotation as pure functions: the clock is an argument.

const at = (iso: string) => new Date(iso);
const library = (count: number, extra: Partial<RotationPrompt> = {}): RotationPrompt[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    area: 'any' as const,
    position: (index + 1) * 10,
    inRotationSince: at('2020-01-01T00:00:00Z'),
    retiredAt: null,
    ...extra,
  }));
const pick = (prompts: RotationPrompt[], now: string, timeZone: string, scope = 'site-a', settings = null as Parameters<typeof promptOfTheWeek>[1]['settings']) =>
  promptOfTheWeek(prompts, { now: at(now), timeZone, scope, settings });
const nextIn = (prompts: RotationPrompt[], id: string | null) => prompts[(prompts.findIndex((prompt) => prompt.id === id) + 1) % prompts.length]!.id;

describe('the local week', () => {
  it('runs Monday 00:00 to Monday 00:00 on the site’s clock: one instant is in different weeks in Lisbon, Toronto and Tokyo', () => {
    // Monday 7 January 2030, 04:30 UTC: Monday morning in Lisbon and Tokyo, still Sunday evening in Toronto.
    const instant = at('2030-01-07T04:30:00Z');
    expect(weekContaining(instant, 'Europe/Lisbon')).toMatchObject({ startsAt: at('2030-01-07T00:00:00Z'), endsAt: at('2030-01-14T00:00:00Z'), monday: '2030-01-07' });
    expect(weekContaining(instant, 'America/Toronto')).toMatchObject({ startsAt: at('2029-12-31T05:00:00Z'), endsAt: at('2030-01-07T05:00:00Z'), monday: '2029-12-31' });
    expect(weekContaining(instant, 'Asia/Tokyo')).toMatchObject({ startsAt: at('2030-01-06T15:00:00Z'), endsAt: at('2030-01-13T15:00:00Z'), monday: '2030-01-07' });
    expect(weekContaining(instant, 'Europe/Lisbon').number - weekContaining(instant, 'America/Toronto').number).toBe(1);
  });

  it('is 167 hours long when the clocks go forward and 169 when they go back, and weeks keep counting across New Year', () => {
    const spring = weekContaining(at('2025-03-30T12:00:00Z'), 'Europe/Lisbon');
    expect(spring.endsAt.getTime() - spring.startsAt.getTime()).toBe(167 * 3_600_000);
    const autumn = weekContaining(at('2025-11-02T12:00:00Z'), 'America/Toronto');
    expect(autumn.endsAt.getTime() - autumn.startsAt.getTime()).toBe(169 * 3_600_000);
    const before = weekContaining(at('2026-12-31T12:00:00Z'), 'Asia/Tokyo');
    const after = weekContaining(at('2027-01-04T12:00:00Z'), 'Asia/Tokyo');
    expect(after.number).toBe(before.number + 1);
  });

  it('starts a day when the clocks jump where a zone skips midnight, and at the first of two midnights', () => {
    // Chile went from 00:00 straight to 01:00 on 8 September 2024 (UTC−4 to UTC−3), and back on 7 April 2024.
    expect(startOfLocalDay({ year: 2024, month: 9, day: 8 }, 'America/Santiago')).toEqual(at('2024-09-08T04:00:00Z'));
    expect(startOfLocalDay({ year: 2024, month: 4, day: 7 }, 'America/Santiago')).toEqual(at('2024-04-07T04:00:00Z'));
    expect(weekContaining(at('2024-09-04T12:00:00Z'), 'America/Santiago').endsAt).toEqual(at('2024-09-09T03:00:00Z'));
  });
});

describe('prompt of the week (pure)', () => {
  const prompts = library(7);

  it('is the same all week and moves to the next prompt at Monday 00:00 local, in Lisbon and in Toronto', () => {
    for (const [zone, lastMoment, firstMoment, midWeek] of [
      ['Europe/Lisbon', '2030-01-06T23:59:59Z', '2030-01-07T00:00:00Z', '2030-01-10T15:00:00Z'],
      ['America/Toronto', '2030-01-07T04:59:59Z', '2030-01-07T05:00:00Z', '2030-01-10T15:00:00Z'],
    ] as const) {
      const before = pick(prompts, lastMoment, zone);
      const after = pick(prompts, firstMoment, zone);
      expect(before.source).toBe('rotation');
      expect(after.promptId).toBe(nextIn(prompts, before.promptId));
      expect(after.week.startsAt).toEqual(at(firstMoment));
      // Stable for the whole week, from its first second to its last.
      expect(pick(prompts, midWeek, zone).promptId).toBe(after.promptId);
      expect(pick(prompts, new Date(after.week.endsAt.getTime() - 1).toISOString(), zone).promptId).toBe(after.promptId);
    }
  });

  it('at the same instant, Lisbon has moved on while Toronto is still on last week’s prompt', () => {
    const instant = '2030-01-07T03:00:00Z';
    const lisbon = pick(prompts, instant, 'Europe/Lisbon', 'same-site');
    const toronto = pick(prompts, instant, 'America/Toronto', 'same-site');
    expect(lisbon.promptId).toBe(nextIn(prompts, toronto.promptId));
  });

  it('gives sites different starting points, and walks the whole library before repeating', () => {
    expect(rotationOffset('site-a') % 7).not.toBe(rotationOffset('site-b') % 7);
    const seen = Array.from({ length: 7 }, (_, week) => pick(prompts, new Date(Date.UTC(2030, 0, 9 + week * 7)).toISOString(), 'UTC').promptId);
    expect(new Set(seen).size).toBe(7);
  });

  it('shows a pinned prompt every week until it is retired', () => {
    const settings = { pinnedPromptId: prompts[3]!.id, area: null };
    expect(pick(prompts, '2030-01-09T12:00:00Z', 'UTC', 'site-a', settings)).toMatchObject({ promptId: prompts[3]!.id, source: 'pinned' });
    expect(pick(prompts, '2030-05-09T12:00:00Z', 'UTC', 'site-a', settings).promptId).toBe(prompts[3]!.id);
    const retired = prompts.map((prompt, index) => (index === 3 ? { ...prompt, retiredAt: at('2030-01-01T00:00:00Z') } : prompt));
    expect(pick(retired, '2030-01-09T12:00:00Z', 'UTC', 'site-a', settings).source).toBe('rotation');
  });

  it('keeps to an area (and prompts for any area) when the site says so', () => {
    const mixed = [...library(3, { area: 'product' }), ...library(3, { area: 'process' }).map((prompt, index) => ({ ...prompt, id: `process-${index}` }))];
    for (let week = 0; week < 6; week += 1) {
      const choice = pick(mixed, new Date(Date.UTC(2030, 0, 9 + week * 7)).toISOString(), 'UTC', 'site-a', { pinnedPromptId: null, area: 'process' });
      expect(choice.promptId).toMatch(/^process-/);
    }
  });

  it('a prompt added mid-week joins the rotation next Monday; retiring this week’s prompt moves on at once', () => {
    const monday = '2030-01-07T00:00:00Z';
    const thisWeek = pick(prompts, '2030-01-08T12:00:00Z', 'UTC');
    const added = [...prompts, { ...library(1)[0]!, id: 'added-on-tuesday', position: 1, inRotationSince: at('2030-01-08T09:00:00Z') }];
    expect(pick(added, '2030-01-09T12:00:00Z', 'UTC').promptId).toBe(thisWeek.promptId);
    const settled = added.map((prompt) => ({ ...prompt, inRotationSince: at('2020-01-01T00:00:00Z') }));
    expect(pick(added, '2030-01-14T12:00:00Z', 'UTC').promptId).toBe(pick(settled, '2030-01-14T12:00:00Z', 'UTC').promptId);
    const withoutIt = prompts.map((prompt) => (prompt.id === thisWeek.promptId ? { ...prompt, retiredAt: at('2030-01-09T10:00:00Z') } : prompt));
    expect(pick(withoutIt, '2030-01-09T09:00:00Z', 'UTC').promptId).toBe(thisWeek.promptId);
    expect(pick(withoutIt, '2030-01-09T11:00:00Z', 'UTC').promptId).toBe(nextIn(prompts, thisWeek.promptId));
    expect(pick(prompts, monday, 'UTC').promptId).toBe(thisWeek.promptId);
  });

  it('offers nothing from an empty library, and every active prompt on a fresh install', () => {
    expect(pick([], '2030-01-09T12:00:00Z', 'UTC')).toMatchObject({ promptId: null, source: 'none' });
    const fresh = library(3, { inRotationSince: at('2030-01-09T08:00:00Z') });
    expect(fresh.map((prompt) => prompt.id)).toContain(pick(fresh, '2030-01-09T12:00:00Z', 'UTC').promptId);
  });
});

// ---------------------------------------------------------------------------------------------
// The API, on a real database (PGlite, or Postgres with TEST_DATABASE_URL).

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
let author: SignedIn;
let colleague: SignedIn;
let drifter: SignedIn;
let customer: SignedIn;
let lisbonId: string;
let torontoId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.database.db;
  await db.insert(organisations).values({ name: 'Test Hotels', defaultTimeZone: 'Asia/Tokyo' });
  [lisbonId, torontoId] = (
    await db
      .insert(sites)
      .values([
        { slug: 'lisbon', name: 'Lisbon Riverside', timeZone: 'Europe/Lisbon' },
        { slug: 'toronto', name: 'Toronto Contact Centre', timeZone: 'America/Toronto' },
      ])
      .returning()
  ).map((site) => site.id) as [string, string];
  [admin, reviewer, author, colleague, drifter, customer] = await Promise.all([
    signedIn(t, 'admin'),
    signedIn(t, 'reviewer', { siteIds: [lisbonId] }),
    signedIn(t, 'employee', { name: 'Wilhelmina Authorsdottir', siteIds: [torontoId] }),
    signedIn(t, 'employee', { siteIds: [lisbonId, torontoId] }),
    signedIn(t, 'employee'),
    signedIn(t, 'customer'),
  ]);
});
afterAll(() => t.close());

const json = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const pathsOf = async (res: Response) => ((await res.json()) as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
const activeLibrary = async () => (await json<{ items: LibraryPrompt[] }>(await author.request('GET', '/api/v1/prompts?active=true'))).items;
const week = (session: SignedIn, query: string) => session.request('GET', `/api/v1/prompts/week?${query}`).then((res) => json<Weekly>(res));
async function addPrompt(text: string, area = 'any', technique = 'small_delight'): Promise<LibraryPrompt> {
  return json<LibraryPrompt>(await admin.request('POST', '/api/v1/prompts', { body: { text, area, technique } }), 201);
}
async function submit(session: SignedIn, promptId: string | null, extra: Record<string, unknown> = {}): Promise<IdeaSummary> {
  const body = { title: 'Text guests when their room is ready', problem: 'Guests wait in the lobby.', proposal: 'Send an SMS.', area: 'process', siteId: lisbonId, promptId, ...extra };
  return json<IdeaSummary>(await session.request('POST', '/api/v1/ideas', { body }), 201);
}

describe('the library', () => {
  it('starts with 30+ prompts of our own, across every area and technique', async () => {
    const { items, abilities } = await json<{ items: LibraryPrompt[]; abilities: { manage: boolean } }>(await author.request('GET', '/api/v1/prompts'));
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(abilities.manage).toBe(false);
    expect(new Set(items.map((prompt) => prompt.area))).toEqual(new Set(PROMPT_AREAS));
    expect(new Set(items.map((prompt) => prompt.technique))).toEqual(new Set(PROMPT_TECHNIQUES));
    expect(new Set(items.map((prompt) => prompt.text)).size).toBe(items.length);
    expect(items.every((prompt) => prompt.active && prompt.text.length <= 240)).toBe(true);
    const positions = items.map((prompt) => prompt.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect((await json<{ abilities: { manage: boolean } }>(await admin.request('GET', '/api/v1/prompts'))).abilities.manage).toBe(true);
  });

  it('filters by area (prompts that suit it, including those for any area), technique and whether in use', async () => {
    const process = (await json<{ items: LibraryPrompt[] }>(await author.request('GET', '/api/v1/prompts?area=process'))).items;
    expect(process.length).toBeGreaterThan(0);
    expect(new Set(process.map((prompt) => prompt.area))).toEqual(new Set(['process', 'any']));
    const onlyAny = (await json<{ items: LibraryPrompt[] }>(await author.request('GET', '/api/v1/prompts?area=any'))).items;
    expect(onlyAny.every((prompt) => prompt.area === 'any')).toBe(true);
    const empathy = (await json<{ items: LibraryPrompt[] }>(await author.request('GET', '/api/v1/prompts?technique=empathy_interview'))).items;
    expect(empathy.length).toBeGreaterThanOrEqual(3);
    expect(empathy.every((prompt) => prompt.technique === 'empathy_interview')).toBe(true);
    const bad = await author.request('GET', '/api/v1/prompts?area=vibes&technique=magic&active=perhaps');
    expect(bad.status).toBe(422);
    expect(await pathsOf(bad)).toEqual(['query.active', 'query.area', 'query.technique']);
  });
});

describe('ideas record the prompt that inspired them', () => {
  it('an idea keeps its prompt, shown on the idea, in lists and on the prompt’s page', async () => {
    const prompt = await addPrompt('What would make a rainy day at the hotel feel like a treat?', 'product', 'small_delight');
    const idea = await submit(author, prompt.id, { title: 'Rainy-day kit at the concierge desk' });
    expect(idea.prompt).toEqual({ id: prompt.id, text: prompt.text });
    const read = await json<IdeaSummary>(await colleague.request('GET', `/api/v1/ideas/${idea.id}`));
    expect(read.prompt).toEqual({ id: prompt.id, text: prompt.text });
    const list = await json<{ items: IdeaSummary[] }>(await colleague.request('GET', '/api/v1/ideas?q=rainy'));
    expect(list.items.find((item) => item.id === idea.id)?.prompt?.id).toBe(prompt.id);
    const without = await submit(author, null, { title: 'An idea without a prompt' });
    expect(without.prompt).toBeNull();
    const detail = await json<Detail>(await colleague.request('GET', `/api/v1/prompts/${prompt.id}`));
    expect(detail.ideas.items.map((item) => item.id)).toEqual([idea.id]);
    expect(detail.counts).toEqual({ ideas: 1, acceptedOrLater: 0, implemented: 0 });
  });

  it('refuses an unknown, retired or malformed prompt, naming promptId', async () => {
    const unknown = await author.request('POST', '/api/v1/ideas', {
      body: { title: 'Unknown prompt', problem: 'x', proposal: 'y', area: 'process', promptId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ errors: [{ path: 'promptId', message: 'No such prompt' }] });
    const retired = await addPrompt('A prompt about to be retired for this test');
    await json(await admin.request('POST', `/api/v1/prompts/${retired.id}/retire`));
    const late = await author.request('POST', '/api/v1/ideas', { body: { title: 'Too late', problem: 'x', proposal: 'y', area: 'process', promptId: retired.id } });
    expect(late.status).toBe(422);
    expect(await late.json()).toMatchObject({ errors: [{ path: 'promptId', message: expect.stringContaining('retired') }] });
    const malformed = await author.request('POST', '/api/v1/ideas', { body: { title: 'Bad id', problem: 'x', proposal: 'y', area: 'process', promptId: 'nope' } });
    expect(await pathsOf(malformed)).toEqual(['promptId']);
  });

  it('counts per prompt: ideas produced, accepted or further, implemented', async () => {
    const prompt = await addPrompt('Which step of check-out could guests skip entirely?', 'process', 'remove_a_step');
    const [a, b, c] = [await submit(author, prompt.id), await submit(colleague, prompt.id), await submit(author, prompt.id)];
    const move = (id: string, to: string) => reviewer.request('POST', `/api/v1/ideas/${id}/transitions`, { body: { to, reason: 'Worth it' } }).then((res) => json(res));
    await move(a.id, 'accepted');
    await move(b.id, 'accepted');
    await move(b.id, 'experimenting');
    await move(b.id, 'implemented');
    await reviewer.request('POST', `/api/v1/ideas/${c.id}/transitions`, { body: { to: 'declined', reason: 'Not for us', reasonCode: 'out_of_scope' } });
    const listed = (await json<{ items: LibraryPrompt[] }>(await colleague.request('GET', '/api/v1/prompts?technique=remove_a_step'))).items.find((item) => item.id === prompt.id);
    expect(listed?.counts).toEqual({ ideas: 3, acceptedOrLater: 2, implemented: 1 });
    const detail = await json<Detail>(await colleague.request('GET', `/api/v1/prompts/${prompt.id}`));
    expect(detail.counts).toEqual({ ideas: 3, acceptedOrLater: 2, implemented: 1 });
    expect(detail.ideas.items.map((item) => item.id)).toEqual([c.id, b.id, a.id]);
  });

  it('respects idea visibility: confidential ideas only for reviewers, admins and their author; anonymous authors stay anonymous', async () => {
    const prompt = await addPrompt('What could guests borrow from us instead of buying?', 'business_model', 'borrowed_idea');
    const open = await submit(author, prompt.id, { title: 'Anonymous borrowing shelf', anonymous: true });
    const secret = await submit(author, prompt.id, { title: 'Patentable umbrella lockers', confidential: true });
    for (const [viewer, expected] of [
      [admin, [secret.id, open.id]],
      [reviewer, [secret.id, open.id]],
      [author, [secret.id, open.id]],
      [colleague, [open.id]],
    ] as const) {
      const detail = await json<Detail>(await viewer.request('GET', `/api/v1/prompts/${prompt.id}`));
      expect(detail.ideas.items.map((item) => item.id)).toEqual(expected);
      expect(detail.counts.ideas).toBe(expected.length);
    }
    const seen = await colleague.request('GET', `/api/v1/prompts/${prompt.id}`);
    const text = await seen.text();
    expect(text).not.toContain(author.id);
    expect(text).not.toContain('Wilhelmina');
    expect(text).toContain('"name":"Anonymous"');
  });

  it('pages through a prompt’s ideas newest first', async () => {
    const prompt = await addPrompt('What do guests photograph in our lobby, and why?', 'any', 'empathy_interview');
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await submit(colleague, prompt.id, { title: `Photo spot idea ${index}` })).id);
    const first = await json<{ items: IdeaSummary[]; nextCursor: string }>(await colleague.request('GET', `/api/v1/prompts/${prompt.id}/ideas?limit=2`));
    const second = await json<{ items: IdeaSummary[]; nextCursor: null }>(
      await colleague.request('GET', `/api/v1/prompts/${prompt.id}/ideas?limit=2&cursor=${first.nextCursor}`),
    );
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(ids.reverse());
    expect(second.nextCursor).toBeNull();
    expect(await pathsOf(await colleague.request('GET', `/api/v1/prompts/${prompt.id}/ideas?cursor=garbage`))).toEqual(['query.cursor']);
  });
});

describe('the prompt of the week over the API', () => {
  /** The active library in rotation order, and the prompt after `id` in it. */
  const nextAfter = async (id: string | undefined) => {
    const active = await activeLibrary();
    return active[(active.findIndex((prompt) => prompt.id === id) + 1) % active.length]!.id;
  };

  it('Lisbon: moves to the next prompt at Monday 00:00 Lisbon time, and gives the week’s bounds', async () => {
    const sunday = await week(author, `siteId=${lisbonId}&at=2030-01-06T23:59:59Z`);
    const monday = await week(author, `siteId=${lisbonId}&at=2030-01-07T00:00:00Z`);
    const friday = await week(author, `siteId=${lisbonId}&at=${encodeURIComponent('2030-01-11T18:00:00+00:00')}`);
    expect(sunday).toMatchObject({ source: 'rotation', timeZone: 'Europe/Lisbon', weekStartsAt: '2029-12-31T00:00:00.000Z', weekEndsAt: '2030-01-07T00:00:00.000Z' });
    expect(sunday.site).toEqual({ id: lisbonId, name: 'Lisbon Riverside', timeZone: 'Europe/Lisbon' });
    expect(monday).toMatchObject({ weekStartsAt: '2030-01-07T00:00:00.000Z', weekEndsAt: '2030-01-14T00:00:00.000Z' });
    expect(monday.prompt!.id).toBe(await nextAfter(sunday.prompt!.id));
    expect(friday.prompt!.id).toBe(monday.prompt!.id);
  });

  it('Toronto: the same instants are still last week until 05:00 UTC (Monday 00:00 in Toronto)', async () => {
    const lisbonMonday = await week(author, `siteId=${torontoId}&at=2030-01-07T00:00:00Z`);
    const lastSecond = await week(author, `siteId=${torontoId}&at=${encodeURIComponent('2030-01-06T23:59:59-05:00')}`);
    const midnight = await week(author, `siteId=${torontoId}&at=2030-01-07T05:00:00Z`);
    expect(lisbonMonday).toMatchObject({ timeZone: 'America/Toronto', weekStartsAt: '2029-12-31T05:00:00.000Z', weekEndsAt: '2030-01-07T05:00:00.000Z' });
    expect(lastSecond.prompt!.id).toBe(lisbonMonday.prompt!.id);
    expect(midnight.weekStartsAt).toBe('2030-01-07T05:00:00.000Z');
    expect(midnight.prompt!.id).toBe(await nextAfter(lastSecond.prompt!.id));
  });

  it('defaults to the caller’s first site by name; without a site, the organisation-wide prompt on its default time zone', async () => {
    expect((await week(colleague, '')).site?.id).toBe(lisbonId);
    expect((await week(author, '')).site?.id).toBe(torontoId);
    const wide = await week(drifter, 'at=2030-01-07T00:00:00Z');
    expect(wide).toMatchObject({ site: null, timeZone: 'Asia/Tokyo', weekStartsAt: '2030-01-06T15:00:00.000Z', source: 'rotation' });
    expect(wide.prompt?.active).toBe(true);
  });

  it('names a bad site or instant', async () => {
    const unknown = await author.request('GET', '/api/v1/prompts/week?siteId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ errors: [{ path: 'query.siteId', message: 'No such site' }] });
    expect(await pathsOf(await author.request('GET', '/api/v1/prompts/week?siteId=x&at=yesterday'))).toEqual(['query.at', 'query.siteId']);
  });

  it('admins pin a prompt for a site or keep its rotation to one area; other sites are untouched', async () => {
    const before = await week(author, `siteId=${torontoId}&at=2030-02-06T12:00:00Z`);
    const pinned = (await activeLibrary()).find((prompt) => prompt.id !== before.prompt!.id)!;
    const saved = await json<{ pinnedPromptId: string; thisWeek: Weekly }>(
      await admin.request('PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, { body: { pinnedPromptId: pinned.id, area: null } }),
    );
    expect(saved.pinnedPromptId).toBe(pinned.id);
    expect(saved.thisWeek).toMatchObject({ source: 'pinned', prompt: { id: pinned.id } });
    for (const instant of ['2030-02-06T12:00:00Z', '2030-03-06T12:00:00Z']) {
      expect(await week(author, `siteId=${lisbonId}&at=${instant}`)).toMatchObject({ source: 'pinned', prompt: { id: pinned.id } });
    }
    expect((await week(author, `siteId=${torontoId}&at=2030-02-06T12:00:00Z`)).prompt!.id).toBe(before.prompt!.id);

    await json(await admin.request('PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, { body: { pinnedPromptId: null, area: 'business_model' } }));
    for (let weekIndex = 0; weekIndex < 5; weekIndex += 1) {
      const instant = new Date(Date.UTC(2030, 1, 6 + weekIndex * 7)).toISOString();
      const choice = await week(author, `siteId=${lisbonId}&at=${instant}`);
      expect(choice.source).toBe('rotation');
      expect(['business_model', 'any']).toContain(choice.prompt!.area);
    }
    const sites = await json<{ items: { site: { id: string }; area: string | null; pinnedPromptId: string | null; thisWeek: Weekly }[] }>(
      await author.request('GET', '/api/v1/prompts/sites'),
    );
    expect(sites.items.map((item) => item.site.id)).toEqual([lisbonId, torontoId]);
    expect(sites.items[0]).toMatchObject({ area: 'business_model', pinnedPromptId: null });
    expect(sites.items[1]).toMatchObject({ area: null, pinnedPromptId: null, thisWeek: { timeZone: 'America/Toronto' } });
    await json(await admin.request('PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, { body: { pinnedPromptId: null, area: null } }));
  });

  it('refuses a bad setting, naming each field, and an unknown site', async () => {
    const bad = await admin.request('PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, { body: { pinnedPromptId: 'x', area: 'vibes' } });
    expect(await pathsOf(bad)).toEqual(['area', 'pinnedPromptId']);
    const unknownPrompt = await admin.request('PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, {
      body: { pinnedPromptId: '00000000-0000-4000-8000-000000000000', area: null },
    });
    expect(unknownPrompt.status).toBe(422);
    expect(await pathsOf(unknownPrompt)).toEqual(['pinnedPromptId']);
    const unknownSite = await admin.request('PUT', '/api/v1/sites/00000000-0000-4000-8000-000000000000/prompt-settings', { body: { pinnedPromptId: null, area: null } });
    expect(unknownSite.status).toBe(404);
  });

  it('retiring a pinned prompt unpins it: the site goes back to the rotation, and retired prompts are never offered', async () => {
    const prompt = await addPrompt('Pinned and then retired: what would you tell a new colleague on day one?');
    await json(await admin.request('PUT', `/api/v1/sites/${torontoId}/prompt-settings`, { body: { pinnedPromptId: prompt.id, area: null } }));
    expect((await week(author, `siteId=${torontoId}`)).prompt!.id).toBe(prompt.id);
    const retired = await json<LibraryPrompt>(await admin.request('POST', `/api/v1/prompts/${prompt.id}/retire`));
    expect(retired.active).toBe(false);
    const after = await week(author, `siteId=${torontoId}`);
    expect(after.source).toBe('rotation');
    expect(after.prompt!.id).not.toBe(prompt.id);
    const settings = await json<{ items: { site: { id: string }; pinnedPromptId: string | null }[] }>(await author.request('GET', '/api/v1/prompts/sites'));
    expect(settings.items.find((item) => item.site.id === torontoId)?.pinnedPromptId).toBeNull();
    for (let weekIndex = 0; weekIndex < 60; weekIndex += 1) {
      const instant = new Date(Date.UTC(2031, 0, 1 + weekIndex * 7)).toISOString();
      expect((await week(author, `siteId=${torontoId}&at=${instant}`)).prompt!.id).not.toBe(prompt.id);
    }
    const repin = await admin.request('PUT', `/api/v1/sites/${torontoId}/prompt-settings`, { body: { pinnedPromptId: prompt.id, area: null } });
    expect(await repin.json()).toMatchObject({ errors: [{ path: 'pinnedPromptId', message: expect.stringContaining('retired') }] });
  });
});

describe('shuffle', () => {
  it('offers another active prompt, never the one on screen nor the ones seen while others remain', async () => {
    const active = await activeLibrary();
    const keep = active[5]!;
    const exclude = active.filter((prompt) => prompt.id !== keep.id).map((prompt) => prompt.id);
    const shuffled = await json<Prompt>(await author.request('GET', `/api/v1/prompts/shuffle?exclude=${exclude.join(',')}`));
    expect(shuffled.id).toBe(keep.id);
    // Everything seen: starts over, still never the one on screen.
    const all = active.map((prompt) => prompt.id);
    for (let round = 0; round < 10; round += 1) {
      const again = await json<Prompt>(await author.request('GET', `/api/v1/prompts/shuffle?exclude=${all.join(',')}`));
      expect(again.id).not.toBe(all[0]);
      expect(all).toContain(again.id);
    }
  });

  it('keeps to an area, never offers a retired prompt, and names bad input', async () => {
    for (let round = 0; round < 10; round += 1) {
      const prompt = await json<Prompt>(await author.request('GET', '/api/v1/prompts/shuffle?area=product'));
      expect(['product', 'any']).toContain(prompt.area);
    }
    const retired = await addPrompt('Retired before anyone could shuffle to it, about lost property', 'product', 'self_service');
    await json(await admin.request('POST', `/api/v1/prompts/${retired.id}/retire`));
    const others = (await activeLibrary()).filter((prompt) => prompt.area === 'product' || prompt.area === 'any').map((prompt) => prompt.id);
    for (let round = 0; round < 10; round += 1) {
      const prompt = await json<Prompt>(await author.request('GET', `/api/v1/prompts/shuffle?area=product&exclude=${others.slice(1).join(',')}`));
      expect(prompt.id).not.toBe(retired.id);
    }
    expect(await pathsOf(await author.request('GET', '/api/v1/prompts/shuffle?exclude=1,2&area=any'))).toEqual(['query.area', 'query.exclude']);
  });
});

describe('admins keep the library', () => {
  it('add a prompt at the end of the library, with an audit event', async () => {
    const res = await admin.request('POST', '/api/v1/prompts', { body: { text: '  What would a five-star hostel do here?  ', area: 'any', technique: 'borrowed_idea' } });
    const added = await json<LibraryPrompt>(res, 201);
    expect(res.headers.get('location')).toBe(`/api/v1/prompts/${added.id}`);
    expect(added).toMatchObject({ text: 'What would a five-star hostel do here?', active: true, version: 1, counts: { ideas: 0, acceptedOrLater: 0, implemented: 0 } });
    const positions = (await activeLibrary()).map((prompt) => prompt.position);
    expect(added.position).toBe(Math.max(...positions));
    const audit = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, added.id));
    expect(audit.map((event) => event.action)).toEqual(['prompt.created']);
  });

  it('names every bad field', async () => {
    const res = await admin.request('POST', '/api/v1/prompts', { body: { text: 'Short', area: 'vibes', technique: 'magic' } });
    expect(res.status).toBe(422);
    expect(await pathsOf(res)).toEqual(['area', 'technique', 'text']);
    const long = await admin.request('POST', '/api/v1/prompts', { body: { text: 'x'.repeat(241), area: 'any', technique: 'co_creation' } });
    expect(await long.json()).toMatchObject({ errors: [{ path: 'text', message: expect.stringContaining('240') }] });
    const prompt = await addPrompt('A prompt to be edited in a moment, about queues');
    expect((await admin.request('PATCH', `/api/v1/prompts/${prompt.id}`, { body: {} })).status).toBe(422);
    expect(await pathsOf(await admin.request('PATCH', `/api/v1/prompts/${prompt.id}`, { body: { area: 'nowhere' } }))).toEqual(['area']);
  });

  it('edit, retire and bring back a prompt; its ideas stay with it', async () => {
    const prompt = await addPrompt('Where do guests queue, and could the queue come to them?', 'process', 'reverse_assumption');
    const idea = await submit(author, prompt.id, { title: 'Check-in at the airport shuttle' });
    const edited = await json<LibraryPrompt>(
      await admin.request('PATCH', `/api/v1/prompts/${prompt.id}`, { body: { text: 'Where do guests queue, and could we go to them instead?', technique: 'journey_moment' } }),
    );
    expect(edited).toMatchObject({ text: 'Where do guests queue, and could we go to them instead?', technique: 'journey_moment', area: 'process', version: 2 });
    const retired = await json<LibraryPrompt>(await admin.request('POST', `/api/v1/prompts/${prompt.id}/retire`));
    expect(retired).toMatchObject({ active: false, counts: { ideas: 1 } });
    expect((await json<LibraryPrompt>(await admin.request('POST', `/api/v1/prompts/${prompt.id}/retire`))).version).toBe(retired.version);
    expect((await activeLibrary()).map((item) => item.id)).not.toContain(prompt.id);
    const retiredList = (await json<{ items: LibraryPrompt[] }>(await author.request('GET', '/api/v1/prompts?active=false'))).items;
    expect(retiredList.map((item) => item.id)).toContain(prompt.id);
    const detail = await json<Detail>(await author.request('GET', `/api/v1/prompts/${prompt.id}`));
    expect(detail.ideas.items.map((item) => item.id)).toEqual([idea.id]);
    expect((await json<IdeaSummary>(await author.request('GET', `/api/v1/ideas/${idea.id}`))).prompt?.id).toBe(prompt.id);
    const restored = await json<LibraryPrompt>(await admin.request('POST', `/api/v1/prompts/${prompt.id}/restore`));
    expect(restored.active).toBe(true);
    const audit = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, prompt.id));
    expect(audit.map((event) => event.action).sort()).toEqual(['prompt.created', 'prompt.edited', 'prompt.restored', 'prompt.retired']);
  });

  it('unknown prompts are 404', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await author.request('GET', `/api/v1/prompts/${nobody}`)).status).toBe(404);
    expect((await author.request('GET', `/api/v1/prompts/${nobody}/ideas`)).status).toBe(404);
    expect((await admin.request('PATCH', `/api/v1/prompts/${nobody}`, { body: { text: 'A perfectly good prompt text' } })).status).toBe(404);
    expect((await admin.request('POST', `/api/v1/prompts/${nobody}/retire`)).status).toBe(404);
    expect((await admin.request('POST', `/api/v1/prompts/${nobody}/restore`)).status).toBe(404);
    expect(await pathsOf(await author.request('GET', '/api/v1/prompts/not-a-uuid'))).toEqual(['param.id']);
  });
});

describe('refusals per role', () => {
  it('only admins add, edit, retire, restore and set a site’s prompt; customers and visitors see no prompts', async () => {
    const prompt = (await activeLibrary())[0]!;
    const writes = [
      ['POST', '/api/v1/prompts', { text: 'Reviewers cannot add prompts', area: 'any', technique: 'co_creation' }],
      ['PATCH', `/api/v1/prompts/${prompt.id}`, { text: 'Reviewers cannot edit prompts' }],
      ['POST', `/api/v1/prompts/${prompt.id}/retire`, undefined],
      ['POST', `/api/v1/prompts/${prompt.id}/restore`, undefined],
      ['PUT', `/api/v1/sites/${lisbonId}/prompt-settings`, { pinnedPromptId: null, area: null }],
    ] as const;
    const reads = ['/api/v1/prompts', '/api/v1/prompts/week', '/api/v1/prompts/shuffle', '/api/v1/prompts/sites', `/api/v1/prompts/${prompt.id}`, `/api/v1/prompts/${prompt.id}/ideas`];
    for (const session of [reviewer, author, customer]) {
      for (const [method, path, body] of writes) {
        const res = await session.request(method, path, body === undefined ? {} : { body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
    }
    for (const path of reads) {
      expect((await customer.request('GET', path)).status, path).toBe(403);
      expect((await t.request('GET', path)).status, path).toBe(401);
      expect((await reviewer.request('GET', path)).status, path).toBe(200);
    }
    expect((await t.request('POST', '/api/v1/prompts', { body: writes[0][2], headers: { origin: t.config.appUrl } })).status).toBe(401);
    expect((await json<LibraryPrompt>(await author.request('GET', `/api/v1/prompts/${prompt.id}`))).text).toBe(prompt.text);
  });
});

describe('the API document', () => {
  it('describes every prompt endpoint', async () => {
    const document = (await (await t.request('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/api/v1/prompts']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/api/v1/prompts/{id}']!).sort()).toEqual(['get', 'patch']);
    for (const path of ['/api/v1/prompts/week', '/api/v1/prompts/shuffle', '/api/v1/prompts/sites', '/api/v1/prompts/{id}/ideas']) expect(document.paths[path]).toHaveProperty('get');
    for (const path of ['/api/v1/prompts/{id}/retire', '/api/v1/prompts/{id}/restore']) expect(document.paths[path]).toHaveProperty('post');
    expect(document.paths['/api/v1/sites/{id}/prompt-settings']).toHaveProperty('put');
  });
});
