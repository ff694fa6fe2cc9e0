import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { weakPasswordReason } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { accounts, siteMemberships, teamMemberships, teams, sites, users, type Role } from '../db/schema/index.js';
import { ProblemError, type FieldError } from '../http/problem.js';
import { inArray } from 'drizzle-orm';

export type NewPerson = {
  email: string;
  name: string;
  role: Role;
  password: string;
  siteIds?: readonly string[];
  teamIds?: readonly string[];
  /** Where the password sits in the request, so a refusal names the right field. */
  passwordPath?: string;
};

/** Refuses a password that is too weak, naming the field. */
export function assertStrongPassword(password: string, person: { email: string; name: string }, path = 'password'): void {
  const reason = weakPasswordReason(password, person);
  if (reason) throw new ProblemError('validation', reason, { errors: [{ path, message: reason }] });
}

/** Checks that every site and team exists (and that teams belong to listed or any sites). */
export async function assertMembershipsExist(db: Db, siteIds: readonly string[], teamIds: readonly string[]): Promise<void> {
  const errors: FieldError[] = [];
  if (siteIds.length) {
    const found = new Set((await db.select({ id: sites.id }).from(sites).where(inArray(sites.id, [...siteIds]))).map((s) => s.id));
    siteIds.forEach((id, index) => !found.has(id) && errors.push({ path: `siteIds.${index}`, message: 'No such site' }));
  }
  if (teamIds.length) {
    const found = new Set((await db.select({ id: teams.id }).from(teams).where(inArray(teams.id, [...teamIds]))).map((t) => t.id));
    teamIds.forEach((id, index) => !found.has(id) && errors.push({ path: `teamIds.${index}`, message: 'No such team' }));
  }
  if (errors.length) throw new ProblemError('validation', 'Some sites or teams do not exist', { errors });
}

/** Creates a person who signs in with a password. Call inside the caller's transaction. */
export async function createPersonWithPassword(db: Db, person: NewPerson): Promise<{ id: string }> {
  const email = person.email.trim().toLowerCase();
  assertStrongPassword(person.password, { email, name: person.name }, person.passwordPath);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) {
    throw new ProblemError('validation', 'Someone already has an account with this e-mail', {
      errors: [{ path: 'email', message: 'Already has an account' }],
    });
  }
  await assertMembershipsExist(db, person.siteIds ?? [], person.teamIds ?? []);
  const id = randomUUID();
  await db.insert(users).values({ id, email, name: person.name.trim(), role: person.role, emailVerified: true });
  await db.insert(accounts).values({
    id: randomUUID(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashPassword(person.password),
  });
  await setMemberships(db, id, person.siteIds ?? [], person.teamIds ?? []);
  return { id };
}

/** Replaces a person's site and team memberships. */
export async function setMemberships(db: Db, userId: string, siteIds?: readonly string[], teamIds?: readonly string[]): Promise<void> {
  if (siteIds) {
    await db.delete(siteMemberships).where(eq(siteMemberships.userId, userId));
    if (siteIds.length) await db.insert(siteMemberships).values([...new Set(siteIds)].map((siteId) => ({ userId, siteId })));
  }
  if (teamIds) {
    await db.delete(teamMemberships).where(eq(teamMemberships.userId, userId));
    if (teamIds.length) await db.insert(teamMemberships).values([...new Set(teamIds)].map((teamId) => ({ userId, teamId })));
  }
}
