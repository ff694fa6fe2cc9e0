import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organisations, sites } from '../db/schema/index.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;

export async function findOrganisation(db: Db): Promise<OrganisationRow | undefined> {
  const [organisation] = await db.select().from(organisations).limit(1);
  return organisation;
}

export function listSites(db: Db): Promise<SiteRow[]> {
  return db.select().from(sites).orderBy(asc(sites.name));
}
