import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { reviewRotation, siteMemberships, users } from '../db/schema/index.js';

/**
 * Round robin among the active reviewers of the idea's site, or of the whole organisation when
 * the site has none. Runs inside the submitting transaction; a lock per scope keeps two
 * simultaneous submissions from picking the same turn.
 */
export async function nextReviewer(tx: Db, siteId: string | null): Promise<string | null> {
  const active = and(eq(users.role, 'reviewer'), isNull(users.deactivatedAt));
  let scope = 'organisation';
  let candidates: { id: string }[] = [];
  if (siteId) {
    candidates = await tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(siteMemberships, and(eq(siteMemberships.userId, users.id), eq(siteMemberships.siteId, siteId)))
      .where(active)
      .orderBy(asc(users.id));
    if (candidates.length) scope = `site:${siteId}`;
  }
  if (candidates.length === 0) candidates = await tx.select({ id: users.id }).from(users).where(active).orderBy(asc(users.id));
  if (candidates.length === 0) return null;

  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`review-rotation:${scope}`}))`);
  const [state] = await tx.select().from(reviewRotation).where(eq(reviewRotation.scope, scope));
  const lastIndex = candidates.findIndex((candidate) => candidate.id === state?.lastReviewerId);
  const next = candidates[(lastIndex + 1) % candidates.length]!.id;
  await tx
    .insert(reviewRotation)
    .values({ scope, lastReviewerId: next })
    .onConflictDoUpdate({ target: reviewRotation.scope, set: { lastReviewerId: next } });
  return next;
}
