import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrationsDir } from '../paths.js';
import { queryRows, type DatabaseHandle } from './client.js';

/** Arbitrary but fixed: every Sparkloop instance takes this lock before migrating. */
const MIGRATION_LOCK_KEY = 7_302_114_001;

type JournalEntry = { idx: number; when: number; tag: string };

let journalCache: JournalEntry[] | undefined;

/** The migrations this build ships with (read once: /readyz asks on every probe). */
export function readJournal(): JournalEntry[] {
  journalCache ??= (
    JSON.parse(readFileSync(path.join(migrationsDir, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] }
  ).entries;
  return journalCache;
}

/**
 * Applies pending migrations. Two instances starting together on one empty database
 * serialise on an advisory lock; the second finds nothing left to do.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, async () => {
    const config = { migrationsFolder: migrationsDir };
    if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase, config);
    else await migratePostgres(handle.db as unknown as NodePgDatabase, config);
  });
}

export type MigrationStatus = { applied: number; expected: number; latest: string | null; upToDate: boolean };

export async function migrationStatus(handle: DatabaseHandle): Promise<MigrationStatus> {
  const journal = readJournal();
  const [row] = await queryRows<{ applied: number; latest_when: string | null }>(
    handle.db,
    sql`SELECT count(*)::int AS applied, max(created_at)::text AS latest_when FROM drizzle.__drizzle_migrations`,
  );
  const latestWhen = row?.latest_when ? Number(row.latest_when) : null;
  const latest = journal.find((entry) => entry.when === latestWhen)?.tag ?? null;
  const expectedWhen = journal.at(-1)?.when ?? 0;
  return {
    applied: row?.applied ?? 0,
    expected: journal.length,
    latest,
    upToDate: latestWhen !== null && latestWhen >= expectedWhen,
  };
}
