import { and, asc, count, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Db, Database } from '../db/client.js';
import { sessions, siteMemberships, teamMemberships, users, type Role } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';
import { assertMembershipsExist, setMemberships } from './accounts.js';
import type { PeopleQuery } from './schema.js';

export type PersonRow = typeof users.$inferSelect & { siteIds: string[]; teamIds: string[] };

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt)));
  return row?.n ?? 0;
}

async function withMemberships(db: Db, rows: (typeof users.$inferSelect)[]): Promise<PersonRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const [siteRows, teamRows] = await Promise.all([
    db.select().from(siteMemberships).where(sql`${siteMemberships.userId} IN (${idList})`),
    db.select().from(teamMemberships).where(sql`${teamMemberships.userId} IN (${idList})`),
  ]);
  return rows.map((row) => ({
    ...row,
    siteIds: siteRows.filter((m) => m.userId === row.id).map((m) => m.siteId),
    teamIds: teamRows.filter((m) => m.userId === row.id).map((m) => m.teamId),
  }));
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? (await withMemberships(db, [row]))[0] : undefined;
}

const encodeCursor = (row: { name: string; id: string }) => Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) return value as [string, string];
  } catch {
    // fall through
  }
  throw new ProblemError('validation', 'The cursor is not valid', { errors: [{ path: 'query.cursor', message: 'Use nextCursor from a previous page' }] });
}

/** People by name, keyset-paginated, with the total for the same filter. */
export async function listPeople(db: Db, query: PeopleQuery): Promise<{ rows: PersonRow[]; nextCursor: string | null; total: number }> {
  const filters: SQL[] = [];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    filters.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.status === 'active') filters.push(isNull(users.deactivatedAt));
  if (query.status === 'deactivated') filters.push(isNotNull(users.deactivatedAt));
  if (query.siteId) {
    filters.push(sql`EXISTS (SELECT 1 FROM site_memberships m WHERE m.user_id = ${users.id} AND m.site_id = ${query.siteId})`);
  }
  const where = filters.length ? and(...filters) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const page = [...filters];
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor);
    page.push(or(gt(users.name, name), and(eq(users.name, name), gt(users.id, id)))!);
  }
  const rows = await db
    .select()
    .from(users)
    .where(page.length ? and(...page) : undefined)
    .orderBy(asc(users.name), asc(users.id))
    .limit(query.limit + 1);
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  return {
    rows: await withMemberships(db, items),
    nextCursor: hasMore && items.length ? encodeCursor(items.at(-1)!) : null,
    total: totalRow?.n ?? 0,
  };
}

/** Active staff whose name starts a word with `q`: enough to @mention someone, nothing more (no e-mail). */
export async function mentionablePeople(db: Db, q: string, limit: number): Promise<{ id: string; name: string }[]> {
  const escaped = q.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        isNull(users.deactivatedAt),
        sql`${users.role} <> 'customer'`,
        or(ilike(users.name, `${escaped}%`), ilike(users.name, `% ${escaped}%`)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit);
}

type Change = { role?: Role; siteIds?: string[]; teamIds?: string[] };

/** Changes role and/or memberships in one transaction, with audit events. */
export async function updatePerson(db: Database, actor: Actor, person: PersonRow, change: Change, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertMembershipsExist(tx, change.siteIds ?? [], change.teamIds ?? []);
    if (change.role && change.role !== person.role) {
      await tx.update(users).set({ role: change.role, updatedAt: new Date() }).where(eq(users.id, person.id));
      await recordAudit(tx, {
        action: 'person.role_changed',
        actorId: actor.id,
        subject: { type: 'person', id: person.id },
        data: { from: person.role, to: change.role },
        ipAddress: ip,
      });
    }
    if (change.siteIds || change.teamIds) {
      await setMemberships(tx, person.id, change.siteIds, change.teamIds);
      await recordAudit(tx, {
        action: 'person.memberships_changed',
        actorId: actor.id,
        subject: { type: 'person', id: person.id },
        data: { siteIds: change.siteIds, teamIds: change.teamIds },
        ipAddress: ip,
      });
    }
  });
}

/** Deactivates: content stays, every session ends at once, sign-in is refused from now on. */
export async function deactivatePerson(db: Database, actor: Actor, person: PersonRow, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ deactivatedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, person.id));
    await tx.delete(sessions).where(eq(sessions.userId, person.id));
    await recordAudit(tx, { action: 'person.deactivated', actorId: actor.id, subject: { type: 'person', id: person.id }, ipAddress: ip });
  });
}

export async function reactivatePerson(db: Database, actor: Actor, person: PersonRow, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ deactivatedAt: null, updatedAt: new Date() }).where(eq(users.id, person.id));
    await recordAudit(tx, { action: 'person.reactivated', actorId: actor.id, subject: { type: 'person', id: person.id }, ipAddress: ip });
  });
}
