import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.js';
import { problemBody, problemResponse, ProblemError } from './problem.js';

/** The single place where thrown errors become answers: problem+json, never a stack trace. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  const instance = c.req.path;
  if (error instanceof ProblemError) {
    return problemResponse(error.toProblem(requestId, instance), error.headers);
  }
  if (error instanceof HTTPException) {
    if (error.status === 400 && /malformed json/i.test(error.message)) {
      return problemResponse(
        problemBody('malformed-json', { detail: 'The request body is not valid JSON', requestId, instance }),
      );
    }
    if (error.status === 413) {
      return problemResponse(problemBody('payload-too-large', { detail: 'The body must be at most 1 MB', requestId, instance }));
    }
    const kind = error.status === 404 ? 'not-found' : error.status === 401 ? 'unauthenticated' : error.status === 403 ? 'forbidden' : 'bad-request';
    return problemResponse(problemBody(kind, { detail: error.message, requestId, instance }));
  }
  (c.get('log') ?? c.var.services.logger).error({ err: error, path: c.req.path }, 'unhandled error');
  return problemResponse(
    problemBody('internal', {
      detail: `An unexpected error occurred. Quote request id ${requestId} if you report it.`,
      requestId,
      instance,
    }),
  );
}

export function apiNotFound(c: Context<AppEnv>): Response {
  return problemResponse(
    problemBody('not-found', {
      detail: `No API route matches ${c.req.method} ${c.req.path}`,
      requestId: c.get('requestId'),
      instance: c.req.path,
    }),
  );
}
