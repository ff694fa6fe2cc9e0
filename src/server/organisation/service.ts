import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { organisations, sites, teams } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import { createPersonWithPassword } from '../people/accounts.js';
import type { Actor } from '../policies/index.js';
import type { OrganisationPatch } from './schema.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;

export async function findOrganisation(db: Db): Promise<OrganisationRow | undefined> {
  const [organisation] = await db.select().from(organisations).limit(1);
  return organisation;
}

export function listSites(db: Db): Promise<SiteRow[]> {
  return db.select().from(sites).orderBy(asc(sites.name));
}

export function listTeams(db: Db, siteId?: string): Promise<TeamRow[]> {
  return db.select().from(teams).where(siteId ? eq(teams.siteId, siteId) : undefined).orderBy(asc(teams.name));
}

/** First run: the organisation and its first admin, once. Concurrent attempts serialise on a lock. */
export async function setUpOrganisation(
  db: Database,
  input: { organisation: { name: string; defaultTimeZone: string }; admin: { name: string; email: string; password: string } },
  ip: string,
): Promise<{ adminId: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7302114003)`);
    if (await findOrganisation(tx)) throw new ProblemError('conflict', 'Sparkloop is already set up. Sign in instead.');
    await tx.insert(organisations).values({ name: input.organisation.name, defaultTimeZone: input.organisation.defaultTimeZone });
    const admin = await createPersonWithPassword(tx, { ...input.admin, role: 'admin', passwordPath: 'admin.password' });
    await recordAudit(tx, { action: 'organisation.created', actorId: admin.id, data: { name: input.organisation.name }, ipAddress: ip });
    return { adminId: admin.id };
  });
}

export async function updateOrganisation(db: Database, actor: Actor, patch: OrganisationPatch, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx.update(organisations).set({ ...patch, updatedAt: new Date() }).returning({ id: organisations.id });
    if (updated.length === 0) throw new ProblemError('not-found', 'No organisation has been set up yet');
    await recordAudit(tx, { action: 'organisation.updated', actorId: actor.id, data: { fields: Object.keys(patch) }, ipAddress: ip });
  });
}

const slugify = (name: string) =>
  name.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').slice(0, 60) || 'site';

export async function createSite(db: Db, input: { name: string; timeZone: string; region: string }): Promise<SiteRow> {
  const base = slugify(input.name);
  const [taken] = await db.select({ n: sql<number>`count(*)::int` }).from(sites).where(sql`${sites.slug} LIKE ${`${base}%`}`);
  const slug = taken && taken.n > 0 ? `${base}-${taken.n + 1}` : base;
  const [site] = await db.insert(sites).values({ ...input, slug }).returning();
  return site!;
}

export async function updateSite(db: Db, id: string, patch: Partial<{ name: string; timeZone: string; region: string }>): Promise<SiteRow> {
  const [site] = await db.update(sites).set(patch).where(eq(sites.id, id)).returning();
  if (!site) throw new ProblemError('not-found', 'No such site');
  return site;
}

async function assertSite(db: Db, siteId: string): Promise<void> {
  const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId));
  if (!site) throw new ProblemError('validation', 'No such site', { errors: [{ path: 'siteId', message: 'No such site' }] });
}

export async function createTeam(db: Db, input: { name: string; siteId: string }): Promise<TeamRow> {
  await assertSite(db, input.siteId);
  const [team] = await db.insert(teams).values(input).returning();
  return team!;
}

export async function updateTeam(db: Db, id: string, patch: Partial<{ name: string; siteId: string }>): Promise<TeamRow> {
  if (patch.siteId) await assertSite(db, patch.siteId);
  const [team] = await db.update(teams).set(patch).where(eq(teams.id, id)).returning();
  if (!team) throw new ProblemError('not-found', 'No such team');
  return team;
}
