import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { apiKeys } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
const KEY_PREFIX = 'spk_';
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates a key; the plain key is returned this once and never stored. */
export async function createApiKey(db: Database, actor: Actor, name: string, ip: string): Promise<{ row: ApiKeyRow; key: string }> {
  const key = `${KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(apiKeys).values({ userId: actor.id, name, prefix: key.slice(0, 12), keyHash: hashKey(key) }).returning();
    await recordAudit(tx, { action: 'api_key.created', actorId: actor.id, subject: { type: 'api_key', id: row!.id }, data: { name }, ipAddress: ip });
    return { row: row!, key };
  });
}

export function listApiKeys(db: Db, userId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt))).orderBy(desc(apiKeys.createdAt));
}

/** Revokes one of the actor's own keys; someone else's key is simply not found. */
export async function revokeApiKey(db: Database, actor: Actor, id: string, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (revoked.length === 0) throw new ProblemError('not-found', 'No such API key');
    await recordAudit(tx, { action: 'api_key.revoked', actorId: actor.id, subject: { type: 'api_key', id }, ipAddress: ip });
  });
}

/** The owner of a live key, marking it used (at most once a minute, to spare the database). */
export async function userIdForKey(db: Db, key: string): Promise<string | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const [row] = await db
    .select({ id: apiKeys.id, userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return row.userId;
}
