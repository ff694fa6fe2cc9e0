import { organisations, sites } from '../db/schema/index.js';
import type { Services } from '../services.js';

/** The demo organisation, written in our own words: a hospitality group with three sites. */
const DEMO_ORGANISATION = {
  name: 'Harbourlight Hospitality',
  servicePurpose:
    'Every guest leaves feeling looked after, and every colleague knows their ideas shape how we serve.',
  defaultTimeZone: 'Europe/Lisbon',
};

const DEMO_SITES = [
  { slug: 'lisbon-riverside', name: 'Lisbon Riverside Hotel', timeZone: 'Europe/Lisbon', region: 'Europe' },
  { slug: 'toronto-contact-centre', name: 'Toronto Guest Contact Centre', timeZone: 'America/Toronto', region: 'North America' },
  { slug: 'singapore-marina', name: 'Singapore Marina Suites', timeZone: 'Asia/Singapore', region: 'Asia Pacific' },
];

export type SeedResult = { organisationCreated: boolean; sitesCreated: number };

/** Idempotent: running it twice leaves one demo organisation and the same three sites. */
export async function seedDemo(services: Services): Promise<SeedResult> {
  return services.database.db.transaction(async (tx) => {
    const createdOrganisation = await tx
      .insert(organisations)
      .values(DEMO_ORGANISATION)
      .onConflictDoNothing({ target: organisations.singleton })
      .returning({ id: organisations.id });
    const createdSites = await tx.insert(sites).values(DEMO_SITES).onConflictDoNothing({ target: sites.slug }).returning({ id: sites.id });
    return { organisationCreated: createdOrganisation.length > 0, sitesCreated: createdSites.length };
  });
}

/** At start: seed only a database that has no organisation yet, never over real data. */
export async function seedDemoIfEmpty(services: Services): Promise<void> {
  const [existing] = await services.database.db.select({ id: organisations.id }).from(organisations).limit(1);
  if (existing) return;
  const result = await seedDemo(services);
  services.logger.info(result, 'demo organisation seeded');
}
