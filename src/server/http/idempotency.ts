import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/client.js';
import { idempotencyKeys } from '../db/schema/index.js';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';

export const IDEMPOTENCY_WINDOW_HOURS = 24;
/** A placeholder older than this belongs to a request that died; a retry may take it over. */
const IN_FLIGHT_TIMEOUT_MS = 5 * 60_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ['content-type', 'location'];

/**
 * Idempotency-Key for creates: the first response to a key is stored per actor and replayed
 * for 24 h; the same key with a different body is refused, and a concurrent duplicate gets 409.
 */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (c.req.method !== 'POST' || key === undefined) return next();
  if (!KEY_PATTERN.test(key)) {
    throw new ProblemError('validation', 'Idempotency-Key must be 1–255 visible ASCII characters', {
      errors: [{ path: 'headers.idempotency-key', message: 'Use 1–255 visible ASCII characters, e.g. a UUID' }],
    });
  }
  const db = c.var.services.database.db;
  const actorKey = c.get('actorKey');
  const body = await c.req.text();
  const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');

  const claimed = await claimKey(db, { actorKey, key, method: c.req.method, path: c.req.path, requestHash });
  if (!claimed.ok) {
    const previous = claimed.existing;
    if (previous.requestHash !== requestHash) {
      throw new ProblemError('validation', 'This Idempotency-Key was already used for a different request', {
        errors: [{ path: 'headers.idempotency-key', message: 'Already used with another body or path; send a new key' }],
      });
    }
    if (previous.responseStatus === null) {
      throw new ProblemError('conflict', 'A request with this Idempotency-Key is still being processed', {
        headers: { 'Retry-After': '1' },
      });
    }
    return new Response(previous.responseBody, {
      status: previous.responseStatus,
      headers: { ...previous.responseHeaders, 'Idempotent-Replayed': 'true' },
    });
  }

  await next();

  const where = and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key));
  if (c.res.status >= 200 && c.res.status < 300) {
    const responseBody = await c.res.clone().text();
    const responseHeaders = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => {
        const value = c.res.headers.get(name);
        return value ? [[name, value]] : [];
      }),
    );
    await db.update(idempotencyKeys).set({ responseStatus: c.res.status, responseHeaders, responseBody }).where(where);
  } else {
    // Nothing was created: free the key so the client can retry once it fixes the request.
    await db.delete(idempotencyKeys).where(where);
  }
});

type Claim = { actorKey: string; key: string; method: string; path: string; requestHash: string };

async function claimKey(
  db: Db,
  claim: Claim,
): Promise<{ ok: true } | { ok: false; existing: typeof idempotencyKeys.$inferSelect }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.insert(idempotencyKeys).values(claim).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return { ok: true };
    const where = and(eq(idempotencyKeys.actorKey, claim.actorKey), eq(idempotencyKeys.key, claim.key));
    const [existing] = await db.select().from(idempotencyKeys).where(where);
    if (!existing) continue;
    const age = Date.now() - existing.createdAt.getTime();
    const expired = age > IDEMPOTENCY_WINDOW_HOURS * 3_600_000;
    const abandoned = existing.responseStatus === null && age > IN_FLIGHT_TIMEOUT_MS;
    if (!expired && !abandoned) return { ok: false, existing };
    // Re-checked in SQL so two takers cannot both delete a fresh claim (timestamps compared in the database).
    await db.delete(idempotencyKeys).where(
      and(
        where,
        or(
          lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_WINDOW_HOURS})`),
          and(isNull(idempotencyKeys.responseStatus), lt(idempotencyKeys.createdAt, sql`now() - make_interval(secs => ${IN_FLIGHT_TIMEOUT_MS / 1000})`)),
        ),
      ),
    );
  }
  throw new ProblemError('conflict', 'Could not reserve this Idempotency-Key; retry the request', {
    headers: { 'Retry-After': '1' },
  });
}

/** Drops keys past the replay window; run by a cron job. */
export async function purgeExpiredIdempotencyKeys(db: Db): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_WINDOW_HOURS})`))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
