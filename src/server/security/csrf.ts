import { createMiddleware } from 'hono/factory';
import { SESSION_COOKIE_PREFIX } from '../auth/auth.js';
import type { AppEnv } from '../http/context.js';
import { ProblemError } from '../http/problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request that a browser authenticates with our cookie must come from our own
 * pages: its Origin has to be the app's. API-key requests carry no cookie and are not affected.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const cookie = c.req.header('cookie') ?? '';
  const hasSessionCookie = cookie.includes(`${SESSION_COOKIE_PREFIX}.session_token=`);
  if (hasSessionCookie) {
    const expected = new URL(c.var.services.config.appUrl).origin;
    const origin = c.req.header('origin');
    if (origin !== expected) {
      throw new ProblemError('forbidden', `Cross-site request refused: Origin must be ${expected}`, { title: 'Cross-site request refused' });
    }
  }
  return next();
});
