import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { reviewRotation, siteMemberships, users } from '../db/schema/index.js';

/**
 * Round robin among the active reviewers of the idea's site, or of the whole organisation when
 * the site has none. The turn is taken in its own statement, committed at once, before the
 * submitting transaction: simultaneous submissions get different turns without waiting on each
 * other (a submission that then fails only skips a turn).
 */
export async function nextReviewer(db: Database, siteId: string | null): Promise<string | null> {
  const active = and(eq(users.role, 'reviewer'), isNull(users.deactivatedAt));
  let scope = 'organisation';
  let candidates: { id: string }[] = [];
  if (siteId) {
    candidates = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(siteMemberships, and(eq(siteMemberships.userId, users.id), eq(siteMemberships.siteId, siteId)))
      .where(active)
      .orderBy(asc(users.id));
    if (candidates.length) scope = `site:${siteId}`;
  }
  if (candidates.length === 0) candidates = await db.select({ id: users.id }).from(users).where(active).orderBy(asc(users.id));
  if (candidates.length === 0) return null;

  const [taken] = await db
    .insert(reviewRotation)
    .values({ scope, turn: 1 })
    .onConflictDoUpdate({ target: reviewRotation.scope, set: { turn: sql`${reviewRotation.turn} + 1` } })
    .returning({ turn: reviewRotation.turn });
  return candidates[(taken!.turn - 1) % candidates.length]!.id;
}
