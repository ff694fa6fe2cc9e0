import { and, eq, isNull } from 'drizzle-orm';
import { organisations, prompts, sitePromptSettings, sites, teams, users, type Area, type Role } from '../db/schema/index.js';
import { createPersonWithPassword } from '../people/accounts.js';
import type { Services } from '../services.js';
import { seedDemoIdeas } from './ideas.js';

/** Everyone in the demo organisation signs in with this password (see the README). */
export const DEMO_PASSWORD = 'harbour-lights-demo';

/** The demo organisation, written in our own words: a hospitality group with three sites. */
const DEMO_ORGANISATION = {
  name: 'Harbourlight Hospitality',
  servicePurpose: 'Every guest leaves feeling looked after, and every colleague knows their ideas shape how we serve.',
  serviceStandards: [
    'Greet every guest within ten seconds, by name when we know it.',
    'Own the problem you hear about until it is solved or handed over warmly.',
    'Promise only what we can keep, and say when it will happen.',
  ],
  defaultTimeZone: 'Europe/Lisbon',
};

const DEMO_SITES = [
  { slug: 'lisbon-riverside', name: 'Lisbon Riverside Hotel', timeZone: 'Europe/Lisbon', region: 'Europe', teams: ['Front desk', 'Housekeeping'] },
  { slug: 'toronto-contact-centre', name: 'Toronto Guest Contact Centre', timeZone: 'America/Toronto', region: 'North America', teams: ['Reservations line', 'Loyalty desk'] },
  { slug: 'singapore-marina', name: 'Singapore Marina Suites', timeZone: 'Asia/Singapore', region: 'Asia Pacific', teams: ['Concierge', 'Food and beverage'] },
];

/**
 * How each demo site runs its prompt of the week: Singapore has pinned a built-in prompt
 * (migration 0024) for its guest-delight month; the contact centre rotates process prompts only;
 * Lisbon rotates the whole library.
 */
const DEMO_PROMPT_SETTINGS: { site: string; pinnedPromptKey: string | null; area: Area | null }[] = [
  { site: 'singapore-marina', pinnedPromptKey: 'delight-two-minutes', area: null },
  { site: 'toronto-contact-centre', pinnedPromptKey: null, area: 'process' },
];

type DemoPerson = { email: string; name: string; role: Role; site?: string; team?: string };
const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@harbourlight.example', name: 'Inês Carvalho', role: 'admin', site: 'lisbon-riverside' },
  { email: 'reviewer.lisbon@harbourlight.example', name: 'Tomás Ribeiro', role: 'reviewer', site: 'lisbon-riverside' },
  { email: 'reviewer.toronto@harbourlight.example', name: 'Priya Raman', role: 'reviewer', site: 'toronto-contact-centre' },
  { email: 'ana@harbourlight.example', name: 'Ana Sousa', role: 'employee', site: 'lisbon-riverside', team: 'Front desk' },
  { email: 'marcus@harbourlight.example', name: 'Marcus Chen', role: 'employee', site: 'toronto-contact-centre', team: 'Reservations line' },
  { email: 'siti@harbourlight.example', name: 'Siti Rahman', role: 'employee', site: 'singapore-marina', team: 'Concierge' },
  { email: 'guest.olivia@example.com', name: 'Olivia Grant', role: 'customer' },
  { email: 'guest.kenji@example.com', name: 'Kenji Watanabe', role: 'customer' },
];

export type SeedResult = { organisationCreated: boolean; sitesCreated: number; peopleCreated: number; ideasCreated: number };

/** Idempotent: running it twice leaves one demo organisation with the same sites, teams, people and ideas. */
export async function seedDemo(services: Services): Promise<SeedResult> {
  const seeded = await services.database.db.transaction(async (tx) => {
    const createdOrganisation = await tx
      .insert(organisations)
      .values(DEMO_ORGANISATION)
      .onConflictDoNothing({ target: organisations.singleton })
      .returning({ id: organisations.id });
    const createdSites = await tx
      .insert(sites)
      .values(DEMO_SITES.map(({ teams: _teams, ...site }) => site))
      .onConflictDoNothing({ target: sites.slug })
      .returning({ id: sites.id });
    const siteIds = new Map((await tx.select().from(sites)).map((site) => [site.slug, site.id]));
    const teamIds = new Map<string, string>();
    for (const site of DEMO_SITES) {
      const siteId = siteIds.get(site.slug)!;
      const existing = await tx.select().from(teams).where(eq(teams.siteId, siteId));
      for (const name of site.teams) {
        const team = existing.find((t) => t.name === name) ?? (await tx.insert(teams).values({ siteId, name }).returning())[0]!;
        teamIds.set(name, team.id);
      }
    }
    for (const setting of DEMO_PROMPT_SETTINGS) {
      const [pinned] = setting.pinnedPromptKey
        ? await tx.select({ id: prompts.id }).from(prompts).where(and(eq(prompts.key, setting.pinnedPromptKey), isNull(prompts.retiredAt)))
        : [];
      await tx
        .insert(sitePromptSettings)
        .values({ siteId: siteIds.get(setting.site)!, pinnedPromptId: pinned?.id ?? null, area: setting.area })
        .onConflictDoNothing({ target: sitePromptSettings.siteId });
    }
    let peopleCreated = 0;
    for (const person of DEMO_PEOPLE) {
      const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.email, person.email));
      if (exists) continue;
      await createPersonWithPassword(tx, {
        email: person.email,
        name: person.name,
        role: person.role,
        password: DEMO_PASSWORD,
        siteIds: person.site ? [siteIds.get(person.site)!] : [],
        teamIds: person.team ? [teamIds.get(person.team)!] : [],
      });
      peopleCreated += 1;
    }
    return { organisationCreated: createdOrganisation.length > 0, sitesCreated: createdSites.length, peopleCreated };
  });
  // Ideas go through the idea services, which open their own transactions.
  return { ...seeded, ideasCreated: await seedDemoIdeas(services) };
}

/** At start: seed only a database that has no organisation yet, never over real data. */
export async function seedDemoIfEmpty(services: Services): Promise<void> {
  // Instances starting together on one database take turns; the second finds the demo there.
  await services.database.withAdvisoryLock(DEMO_SEED_LOCK_KEY, async () => {
    const [existing] = await services.database.db.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) return;
    const result = await seedDemo(services);
    services.logger.info(result, 'demo organisation seeded');
  });
}

const DEMO_SEED_LOCK_KEY = 7_302_114_004;
