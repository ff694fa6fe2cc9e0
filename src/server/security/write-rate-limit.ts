import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/context.js';
import { enforce, LIMITS } from './rate-limit.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Caps writes per signed-in person (or per address when anonymous), across all instances. */
export const writeRateLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (WRITES.has(c.req.method)) await enforce(c.var.services.database.db, [[LIMITS.writesPerActor, c.get('actorKey')]]);
  await next();
});
