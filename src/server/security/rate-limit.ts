import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';
import { ProblemError } from '../http/problem.js';

export type Limit = { name: string; max: number; windowSeconds: number };

/** The limits Sparkloop enforces; tuned for people, not scripts. */
export const LIMITS = {
  signInPerEmail: { name: 'sign-in:email', max: 10, windowSeconds: 15 * 60 },
  signInPerIp: { name: 'sign-in:ip', max: 50, windowSeconds: 15 * 60 },
  mailLinkPerEmail: { name: 'mail-link:email', max: 5, windowSeconds: 60 * 60 },
  mailLinkPerIp: { name: 'mail-link:ip', max: 30, windowSeconds: 60 * 60 },
  signUpPerIp: { name: 'sign-up:ip', max: 10, windowSeconds: 60 * 60 },
  writesPerActor: { name: 'writes:actor', max: 300, windowSeconds: 60 },
} satisfies Record<string, Limit>;

/**
 * Counts one hit in a fixed window, atomically in the database so every instance shares the
 * count. Returns the seconds to wait when the limit is exceeded, or 0.
 */
export async function hit(db: Db, limit: Limit, subject: string, now = Date.now()): Promise<number> {
  const key = `${limit.name}:${subject.toLowerCase()}`;
  const windowMs = limit.windowSeconds * 1000;
  const [row] = await queryRows<{ count: number; window_started_at: string }>(
    db,
    sql`INSERT INTO rate_limits (key, count, window_started_at) VALUES (${key}, 1, ${now})
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limits.window_started_at <= ${now - windowMs} THEN 1 ELSE rate_limits.count + 1 END,
          window_started_at = CASE WHEN rate_limits.window_started_at <= ${now - windowMs} THEN ${now} ELSE rate_limits.window_started_at END
        RETURNING count, window_started_at`,
  );
  if (!row || row.count <= limit.max) return 0;
  return Math.max(1, Math.ceil((Number(row.window_started_at) + windowMs - now) / 1000));
}

/** Throws 429 problem+json with Retry-After when any of the limits is exceeded. */
export async function enforce(db: Db, checks: [Limit, string | undefined][]): Promise<void> {
  for (const [limit, subject] of checks) {
    if (!subject) continue;
    const retryAfter = await hit(db, limit, subject);
    if (retryAfter > 0) {
      throw new ProblemError('rate-limited', `Too many attempts. Try again in ${formatWait(retryAfter)}.`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Drops windows that ended long ago; run by a cron job. */
export async function purgeStaleRateLimits(db: Db, olderThanMs = 24 * 3_600_000): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE window_started_at < ${Date.now() - olderThanMs}`);
}
