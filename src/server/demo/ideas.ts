import { and, inArray, isNull } from 'drizzle-orm';
import { loadActor } from '../auth/actor.js';
import type { Database } from '../db/client.js';
import { ideas, prompts, sites, users } from '../db/schema/index.js';
import { SubmitIdeaSchema } from '../ideas/schema.js';
import { findIdea, setVote, submitIdea } from '../ideas/service.js';
import { transitionIdea, type TransitionInput } from '../ideas/transitions.js';
import { can, type Actor } from '../policies/index.js';
import type { Services } from '../services.js';
import {
  DEMO_IDEAS, DEMO_PERSON_EMAILS, DEMO_SITE_SLUGS, SITE_DECIDERS,
  type DemoIdea, type DemoPersonKey, type DemoSiteKey, type DemoStep,
} from './ideas-data.js';

/** Voters are taken in turn from this list, starting one further along for each idea. */
const VOTERS: DemoPersonKey[] = ['ana', 'marcus', 'siti', 'tomas', 'priya', 'admin'];

/**
 * Fills an organisation that has no ideas yet with the demo ideas, through the real services:
 * submitted by their authors, voted on by colleagues, then moved through review with reasons.
 * Returns how many ideas it created (0 when there were already ideas).
 */
export async function seedDemoIdeas(services: Services): Promise<number> {
  const db = services.database.db;
  const [existing] = await db.select({ id: ideas.id }).from(ideas).limit(1);
  if (existing) return 0;
  const people = await loadPeople(db);
  const siteIds = await loadSites(db);
  if (!people || !siteIds) {
    services.logger.warn('demo ideas skipped: a demo person or site is missing or deactivated');
    return 0;
  }

  const promptIds = await loadPrompts(db);
  const ids = new Map<string, string>();
  for (const demo of DEMO_IDEAS) {
    const input = SubmitIdeaSchema.parse({
      title: demo.title, problem: demo.problem, proposal: demo.proposal, area: demo.area, tags: demo.tags,
      siteId: demo.site ? siteIds[demo.site] : null, anonymous: demo.anonymous ?? false, confidential: demo.confidential ?? false,
      promptId: (demo.prompt && promptIds.get(demo.prompt)) ?? null,
    });
    ids.set(demo.key, (await submitIdea(db, people[demo.author], input)).id);
  }

  for (const [index, demo] of DEMO_IDEAS.entries()) {
    const subject = { authorId: people[demo.author].id, confidential: demo.confidential ?? false };
    const rotated = [...VOTERS.slice(index % VOTERS.length), ...VOTERS.slice(0, index % VOTERS.length)];
    const voters = rotated.map((key) => people[key]).filter((actor) => can(actor, 'idea.vote', subject));
    if (voters.length < demo.votes) throw new Error(`Demo idea "${demo.key}" wants ${demo.votes} votes but only ${voters.length} people may vote`);
    for (const voter of voters.slice(0, demo.votes)) await setVote(db, voter, ids.get(demo.key)!, true);
  }

  for (const demo of DEMO_IDEAS) {
    const actor = people[decider(demo)];
    for (const step of demo.steps) {
      const idea = (await findIdea(db, ids.get(demo.key)!))!;
      if (!can(actor, 'idea.transition', idea)) throw new Error(`Demo idea "${demo.key}" cannot be moved by ${decider(demo)}`);
      await transitionIdea(db, actor, idea, transitionInput(step, ids));
    }
  }
  return DEMO_IDEAS.length;
}

/** The site's usual reviewer, or whoever the idea names; never the author deciding on their own idea. */
function decider(demo: DemoIdea): DemoPersonKey {
  const usual = demo.decidedBy ?? (demo.site ? SITE_DECIDERS[demo.site] : 'admin');
  if (usual !== demo.author) return usual;
  return demo.author === 'admin' ? 'tomas' : 'admin';
}

function transitionInput(step: DemoStep, ids: Map<string, string>): TransitionInput {
  if (step.to === 'merged') return { to: 'merged', reason: step.reason, reasonCode: 'duplicate', mergeInto: ids.get(step.into)! };
  if (step.to === 'parked') return { to: 'parked', reason: step.reason, reasonCode: step.code, revisitOn: daysFromToday(step.revisitInDays) };
  return { to: step.to, reason: step.reason, reasonCode: step.code };
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function loadPeople(db: Database): Promise<Record<DemoPersonKey, Actor> | null> {
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, Object.values(DEMO_PERSON_EMAILS)));
  const people: Partial<Record<DemoPersonKey, Actor>> = {};
  for (const [key, email] of Object.entries(DEMO_PERSON_EMAILS) as [DemoPersonKey, string][]) {
    const row = rows.find((r) => r.email === email);
    const actor = row ? await loadActor(db, row.id, 'session') : null;
    if (!actor) return null;
    people[key] = actor;
  }
  return people as Record<DemoPersonKey, Actor>;
}

/** The built-in prompts the demo ideas answer, by key; one an admin retired is left out. */
async function loadPrompts(db: Database): Promise<Map<string, string>> {
  const keys = [...new Set(DEMO_IDEAS.flatMap((demo) => (demo.prompt ? [demo.prompt] : [])))];
  const rows = await db.select({ id: prompts.id, key: prompts.key }).from(prompts).where(and(inArray(prompts.key, keys), isNull(prompts.retiredAt)));
  return new Map(rows.map((row) => [row.key!, row.id]));
}

async function loadSites(db: Database): Promise<Record<DemoSiteKey, string> | null> {
  const rows = await db.select({ id: sites.id, slug: sites.slug }).from(sites).where(inArray(sites.slug, Object.values(DEMO_SITE_SLUGS)));
  const entries = Object.entries(DEMO_SITE_SLUGS).map(([key, slug]) => [key, rows.find((r) => r.slug === slug)?.id] as const);
  if (entries.some(([, id]) => !id)) return null;
  return Object.fromEntries(entries) as Record<DemoSiteKey, string>;
}
