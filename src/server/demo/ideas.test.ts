import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { queryRows } from '../db/client.js';
import { DEMO_IDEAS } from './ideas-data.js';
import { seedDemo, type SeedResult } from './seed.js';

let t: TestContext;
let first: SeedResult;
let second: SeedResult;
let seedMs: number;
let seedCpuMs: number;

const rows = <T>(query: SQL) => queryRows<T>(t.services.database.db, query);

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  const cpu = process.cpuUsage();
  first = await seedDemo(t.services);
  seedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  seedCpuMs = (used.user + used.system) / 1000;
  second = await seedDemo(t.services);
});
afterAll(() => t.close());

type IdeaFacts = {
  id: string; title: string; area: string; site: string | null; stage: string; anonymous: boolean; confidential: boolean;
  votes: number; author: string; author_role: string; merged_into: string | null; revisit_on: string | null;
};
const ideaFacts = () =>
  rows<IdeaFacts>(sql`
    SELECT i.id, i.title, i.area, s.slug AS site, i.stage_key AS stage, i.anonymous, i.confidential, i.vote_count AS votes,
           u.email AS author, u.role AS author_role, i.merged_into_id AS merged_into, i.revisit_on::text AS revisit_on
    FROM ideas i JOIN users u ON u.id = i.author_id LEFT JOIN sites s ON s.id = i.site_id
    ORDER BY i.number`);

describe('demo ideas', () => {
  it('creates about sixty ideas once, and nothing on a second run', async () => {
    expect(first.ideasCreated).toBe(DEMO_IDEAS.length);
    expect(DEMO_IDEAS.length).toBeGreaterThanOrEqual(55);
    expect(DEMO_IDEAS.length).toBeLessThanOrEqual(65);
    expect(second).toEqual({ organisationCreated: false, sitesCreated: 0, peopleCreated: 0, ideasCreated: 0 });
    expect(await ideaFacts()).toHaveLength(DEMO_IDEAS.length);
    expect(new Set(DEMO_IDEAS.map((idea) => idea.title)).size).toBe(DEMO_IDEAS.length);
    // Logged, not asserted: wall time on a busy CI machine says little.
    console.info(`demo seed with ideas on ${t.services.database.kind}: ${Math.round(seedMs)} ms (${Math.round(seedCpuMs)} ms CPU)`);
  });

  it('spreads the ideas over every area and every site, from staff only', async () => {
    const ideas = await ideaFacts();
    expect(new Set(ideas.map((idea) => idea.area))).toEqual(new Set(['product', 'process', 'business_model']));
    expect(new Set(ideas.map((idea) => idea.site))).toEqual(new Set(['lisbon-riverside', 'toronto-contact-centre', 'singapore-marina', null]));
    expect(new Set(ideas.map((idea) => idea.author_role))).toEqual(new Set(['admin', 'reviewer', 'employee']));
    expect(ideas.filter((idea) => idea.anonymous).length).toBeGreaterThanOrEqual(2);
    const confidential = ideas.filter((idea) => idea.confidential).length;
    expect(confidential).toBeGreaterThanOrEqual(2);
    expect(confidential).toBeLessThanOrEqual(3);
  });

  it('moves ideas through every stage of the workflow', async () => {
    const stages = new Set((await ideaFacts()).map((idea) => idea.stage));
    for (const stage of ['submitted', 'in_review', 'needs_info', 'accepted', 'experimenting', 'scaling', 'implemented', 'parked', 'declined', 'merged']) {
      expect(stages, stage).toContain(stage);
    }
  });

  it('gives every parked, declined and merged idea a reason and a reason code; parked ones a future revisit date', async () => {
    const ideas = await ideaFacts();
    const decisions = await rows<{ idea_id: string; to_stage: string; reason: string | null; code: string | null }>(sql`
      SELECT idea_id, to_stage, reason, data->>'reasonCode' AS code FROM idea_events
      WHERE type = 'transition' AND to_stage IN ('parked', 'declined', 'merged')`);
    const closed = ideas.filter((idea) => ['parked', 'declined', 'merged'].includes(idea.stage));
    for (const idea of closed) {
      const decision = decisions.find((d) => d.idea_id === idea.id && d.to_stage === idea.stage);
      expect(decision?.reason?.length, idea.title).toBeGreaterThan(30);
      expect(decision?.code, idea.title).toBeTruthy();
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const idea of ideas.filter((i) => i.stage === 'parked')) expect(idea.revisit_on! > today).toBe(true);
    for (const idea of ideas.filter((i) => i.stage === 'merged')) {
      expect(ideas.find((target) => target.id === idea.merged_into)?.stage).not.toBe('merged');
      expect(idea.votes).toBe(0);
    }
  });

  it('has every move made by a reviewer or admin, never by the idea’s author', async () => {
    const moves = await rows<{ role: string; own: boolean }>(sql`
      SELECT u.role, e.actor_id = i.author_id AS own FROM idea_events e
      JOIN ideas i ON i.id = e.idea_id JOIN users u ON u.id = e.actor_id WHERE e.type = 'transition'`);
    expect(moves.length).toBeGreaterThan(80);
    expect(moves.every((move) => (move.role === 'reviewer' || move.role === 'admin') && !move.own)).toBe(true);
  });

  it('has votes that vary, match the counts, come from staff and never from the author', async () => {
    const ideas = await ideaFacts();
    expect(new Set(ideas.map((idea) => idea.votes)).size).toBeGreaterThanOrEqual(4);
    const [own] = await rows<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM idea_votes v JOIN ideas i ON i.id = v.idea_id WHERE v.user_id = i.author_id`);
    expect(own!.count).toBe(0);
    const voters = await rows<{ role: string }>(sql`SELECT DISTINCT u.role FROM idea_votes v JOIN users u ON u.id = v.user_id`);
    expect(new Set(voters.map((v) => v.role))).toEqual(new Set(['admin', 'reviewer', 'employee']));
    const mismatched = await rows<{ id: string }>(sql`
      SELECT i.id FROM ideas i WHERE i.vote_count <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id)`);
    expect(mismatched).toEqual([]);
    const [unreadable] = await rows<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM idea_votes v JOIN ideas i ON i.id = v.idea_id JOIN users u ON u.id = v.user_id
      WHERE i.confidential AND u.role NOT IN ('admin', 'reviewer')`);
    expect(unreadable!.count).toBe(0);
  });

  it('answers built-in prompts with a few ideas, and pins a prompt for one site', async () => {
    const linked = await rows<{ key: string; stage: string }>(sql`
      SELECT p.key, i.stage_key AS stage FROM ideas i JOIN prompts p ON p.id = i.prompt_id`);
    expect(linked).toHaveLength(DEMO_IDEAS.filter((idea) => idea.prompt).length);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    expect(new Set(linked.map((idea) => idea.key)).size).toBeGreaterThanOrEqual(6);
    const settings = await rows<{ slug: string; pinned: string | null; area: string | null }>(sql`
      SELECT s.slug, p.key AS pinned, sp.area FROM site_prompt_settings sp JOIN sites s ON s.id = sp.site_id
      LEFT JOIN prompts p ON p.id = sp.pinned_prompt_id ORDER BY s.slug`);
    expect(settings).toEqual([
      { slug: 'singapore-marina', pinned: 'delight-two-minutes', area: null },
      { slug: 'toronto-contact-centre', pinned: null, area: 'process' },
    ]);
  });
});
