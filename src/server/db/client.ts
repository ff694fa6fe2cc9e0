import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

/** One Drizzle type for both drivers, so services never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Data functions take this first: the same code runs in a transaction, a job or a plain query. */
export type Db = Database | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

/** The shape pg-boss wants for a custom connection. */
export type SqlExecutor = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
};

export type Unlisten = () => Promise<void>;

export type DatabaseHandle = {
  kind: DatabaseKind;
  db: Database;
  executor: SqlExecutor;
  /** Calls back with each NOTIFY payload on the channel (delivered after the sender commits). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten>;
  /** Runs `fn` while holding a session-level advisory lock (no-op guard on PGlite: one process owns the folder). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, used to clone migrated test databases fast. */
  dumpDataDir?(): Promise<Blob>;
};

export type OpenDatabaseOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Could not open the embedded database in ${options.dataDir ?? 'memory'}: ${(error as Error).message}`,
    );
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    executor: {
      // pg-boss sends multi-statement scripts without parameters; those need the simple protocol.
      async executeSql(text, values) {
        if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      },
    },
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    withAdvisoryLock: (_key, fn) => fn(),
    async close() {
      if (!client.closed) await client.close();
    },
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/** Distinct query texts get a statement name each, up to a bound, shared by every connection. */
const MAX_NAMED_STATEMENTS = 2_000;
const statementNames = new Map<string, string>();
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `sparkloop_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * A client that prepares each parameterised query once per connection, as postgres.js does:
 * Postgres then parses and plans a query shape once instead of on every request (planning the
 * idea page's query took ten times longer than running it). Queries without parameters keep
 * the simple protocol, which multi-statement scripts (migrations, pg-boss) need.
 */
class PreparingClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() is a set of overloads
  override query(config: any, values?: any, callback?: any): any {
    const params = Array.isArray(values) ? values : typeof config === 'object' && config ? config.values : undefined;
    if (Array.isArray(params) && params.length > 0) {
      if (typeof config === 'string') config = { text: config };
      if (typeof config === 'object' && config && typeof config.text === 'string' && !config.name) {
        const name = statementName(config.text);
        if (name) config = { ...config, name };
      }
    }
    return super.query(config, values, callback);
  }
}

async function openPostgres(options: { url: string; poolSize?: number }): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, Client: PreparingClient });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(
      `Cannot reach PostgreSQL at ${redactUrl(options.url)}: ${(error as Error).message || (error as NodeJS.ErrnoException).code}`,
    );
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    db,
    executor: {
      async executeSql(text, values) {
        return pool.query(text, values as unknown[] | undefined);
      },
    },
    async listen(channel, onPayload) {
      const listener = new pg.Client({ connectionString: options.url });
      listener.on('error', () => {});
      await listener.connect();
      listener.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.end().catch(() => {});
      };
    },
    async withAdvisoryLock(key, fn) {
      // A dedicated connection: session-level locks belong to the connection that took them.
      const lockClient = await pool.connect();
      try {
        await lockClient.query('SELECT pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await lockClient.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
        lockClient.release();
      }
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.end().catch(() => {})));
      await pool.end();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}

/** Turns a `$1`-style statement (as pg-boss writes them) into a Drizzle SQL object. */
export function parameterizedSql(text: string, values: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      if (part) chunks.push(sql.raw(part));
    } else {
      chunks.push(sql`${values[Number(part) - 1] ?? null}`);
    }
  });
  return sql.join(chunks);
}

/** An executor bound to an open transaction, so a job can be enqueued atomically with a write. */
export function transactionExecutor(tx: Db): SqlExecutor {
  return {
    async executeSql(text, values) {
      const result = (await tx.execute(parameterizedSql(text, values))) as unknown as {
        rows: Record<string, unknown>[];
      };
      return { rows: result.rows };
    },
  };
}

/** Rows of a raw `db.execute(sql)` result, the same on both drivers. */
/**
 * A query built once per database (with `sql.placeholder`s for its inputs) instead of on every
 * call: building a large Drizzle query costs more CPU than Postgres takes to run it.
 */
export function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
