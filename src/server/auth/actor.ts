import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { userIdForKey } from '../api-keys/service.js';
import type { Db } from '../db/client.js';
import { ProblemError } from '../http/problem.js';
import { siteMemberships, teamMemberships, users } from '../db/schema/index.js';
import type { AppEnv } from '../http/context.js';
import type { Actor } from '../policies/actor.js';

/** Builds the actor from an active person's row and memberships. */
export async function loadActor(db: Db, userId: string, via: Actor['via']): Promise<Actor | null> {
  const [user] = await db.select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, userId));
  if (!user || user.deactivatedAt) return null;
  const [sites, teams] = await Promise.all([
    db.select({ id: siteMemberships.siteId }).from(siteMemberships).where(eq(siteMemberships.userId, userId)),
    db.select({ id: teamMemberships.teamId }).from(teamMemberships).where(eq(teamMemberships.userId, userId)),
  ]);
  return { id: user.id, role: user.role, siteIds: sites.map((s) => s.id), teamIds: teams.map((t) => t.id), via };
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
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    actor = session ? await loadActor(database.db, session.user.id, 'session') : null;
  }
  c.set('actor', actor);
  if (actor) c.set('actorKey', `user:${actor.id}`);
  await next();
});
