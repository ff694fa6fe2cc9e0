import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { userIdForKey } from '../api-keys/service.js';
import { preparedPerDatabase, queryRows, type Database, type Db } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import type { AppEnv } from '../http/context.js';
import type { Actor } from '../policies/actor.js';
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_AGE_SECONDS, type Auth } from './auth.js';

type ActorRow = { id: string; role: Actor['role']; site_ids: string[]; team_ids: string[]; expires_at?: Date | string };

// One round trip for the person and both membership lists: this runs on every API request.
const actorColumns = sql`u.id, u.role,
  coalesce((SELECT array_agg(m.site_id::text) FROM site_memberships m WHERE m.user_id = u.id), '{}') AS site_ids,
  coalesce((SELECT array_agg(m.team_id::text) FROM team_memberships m WHERE m.user_id = u.id), '{}') AS team_ids`;

const toActor = (row: ActorRow, via: Actor['via']): Actor => ({ id: row.id, role: row.role, siteIds: row.site_ids, teamIds: row.team_ids, via });

/** Builds the actor from an active person's row and memberships. */
export async function loadActor(db: Db, userId: string, via: Actor['via']): Promise<Actor | null> {
  const [row] = await queryRows<ActorRow>(db, sql`SELECT ${actorColumns} FROM users u WHERE u.id = ${userId} AND u.deactivated_at IS NULL`);
  return row ? toActor(row, via) : null;
}

/**
 * The session token from better-auth's signed cookie (`token.base64(HMAC-SHA256(secret, token))`),
 * or null when it is missing or its signature does not match.
 */
function signedSessionToken(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const dot = cookieValue.lastIndexOf('.');
  if (dot < 1) return null;
  const token = cookieValue.slice(0, dot);
  const given = Buffer.from(cookieValue.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * A session's actor in one query. better-auth's own lookup (session, then user, then our
 * memberships) cost four round trips per request; it still runs once a day per session, when
 * the session is due to be extended, so sliding expiry works as before.
 */
const sessionActorQuery = preparedPerDatabase((db) =>
  db
    .select({
      id: users.id,
      role: users.role,
      site_ids: sql<string[]>`coalesce((SELECT array_agg(m.site_id::text) FROM site_memberships m WHERE m.user_id = ${users.id}), '{}')`,
      team_ids: sql<string[]>`coalesce((SELECT array_agg(m.team_id::text) FROM team_memberships m WHERE m.user_id = ${users.id}), '{}')`,
      expires_at: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, sql.placeholder('token')), gt(sessions.expiresAt, sql`now()`), isNull(users.deactivatedAt)))
    .prepare('session_actor'),
);

async function sessionActor(db: Database, auth: Auth, headers: Headers, cookieValue: string | undefined): Promise<Actor | null> {
  const { secret } = await auth.$context;
  const token = signedSessionToken(cookieValue, secret);
  if (!token) return null;
  const [row] = await sessionActorQuery(db).execute({ token });
  if (!row) return null;
  const refreshAt = new Date(row.expires_at!).getTime() - (SESSION_MAX_AGE_SECONDS - SESSION_REFRESH_AGE_SECONDS) * 1000;
  if (Date.now() >= refreshAt) {
    const session = await auth.api.getSession({ headers });
    if (!session) return null;
  }
  return toActor(row, 'session');
}

/**
 * Resolves `Authorization: Bearer <API key>` or the session cookie into `actor` (null when
 * anonymous) for every /api/v1 request. A bearer key that does not work is a 401, never anonymous.
 */
export const resolveActor = createMiddleware<AppEnv>(async (c, next) => {
  const { auth, database } = c.var.services;
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  let actor: Actor | null;
  if (bearer) {
    const userId = await userIdForKey(database.db, bearer);
    actor = userId ? await loadActor(database.db, userId, 'api-key') : null;
    if (!actor) throw new ProblemError('unauthenticated', 'This API key is not valid (revoked, unknown, or its owner is deactivated)');
  } else {
    const { authCookies } = await auth.$context;
    actor = await sessionActor(database.db, auth, c.req.raw.headers, getCookie(c, authCookies.sessionToken.name));
  }
  c.set('actor', actor);
  if (actor) c.set('actorKey', `user:${actor.id}`);
  await next();
});
