import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Gives each request an id (a caller's own X-Request-Id is kept when sane) and a child logger. */
export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  c.set('requestId', requestId);
  c.set('log', c.var.services.logger.child({ requestId }));
  c.header('X-Request-Id', requestId);
  c.set('actorKey', `ip:${clientAddress(c)}`);
  await next();
});

export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const status = c.res.status;
  const level = status >= 500 ? 'error' : 'info';
  c.var.log[level]({ method: c.req.method, path: c.req.path, status, durationMs }, 'request');
});

function clientAddress(c: Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0]): string {
  try {
    return (getConnInfo(c).remote.address ?? 'unknown').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
  } catch {
    // app.request() without connection info.
    return 'local';
  }
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json(\s*;.*)?$/i;

/** API writes carry JSON; anything else is refused before a handler sees it. */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    // HTTP/1.1: a request has a body only with a non-zero Content-Length or a Transfer-Encoding.
    const length = c.req.header('content-length');
    const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type');
    if (hasBody && (!type || !JSON_TYPE.test(type))) {
      throw new ProblemError('unsupported-media-type', `Send the body as application/json (got ${type ?? 'no content type'})`);
    }
  }
  await next();
});
