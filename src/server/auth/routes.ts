import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { recordAudit } from '../audit/service.js';
import type { AppEnv } from '../http/context.js';
import { problemBody, problemResponse, type ProblemKind } from '../http/problem.js';
import { enforce, LIMITS } from '../security/rate-limit.js';

const SIGN_IN = '/api/auth/sign-in/email';
const MAIL_LINKS = new Set(['/api/auth/sign-in/magic-link', '/api/auth/request-password-reset', '/api/auth/forget-password']);

/** The caller's address as people read it (IPv4-mapped IPv6 shown as plain IPv4). */
export function clientIp(c: Context<AppEnv>): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    return 'local';
  }
  return (address ?? 'unknown').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

async function emailOf(c: Context<AppEnv>): Promise<string | undefined> {
  try {
    const body = (await c.req.raw.clone().json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** better-auth at /api/auth/*, behind our database-backed rate limits and audit of failures. */
export const authRoutes = new Hono<AppEnv>().on(['GET', 'POST'], '/api/auth/*', async (c) => {
  const { auth, database } = c.var.services;
  const ip = clientIp(c);
  const path = c.req.path;
  const email = c.req.method === 'POST' && (path === SIGN_IN || MAIL_LINKS.has(path)) ? await emailOf(c) : undefined;
  if (c.req.method === 'POST' && path === SIGN_IN) {
    await enforce(database.db, [
      [LIMITS.signInPerIp, ip],
      [LIMITS.signInPerEmail, email],
    ]);
  } else if (c.req.method === 'POST' && MAIL_LINKS.has(path)) {
    await enforce(database.db, [
      [LIMITS.mailLinkPerIp, ip],
      [LIMITS.mailLinkPerEmail, email],
    ]);
  }
  const headers = new Headers(c.req.raw.headers);
  // better-auth reads the client address from this header; set it from the socket, never trust the caller's.
  headers.set('x-forwarded-for', ip);
  const response = await auth.handler(new Request(c.req.raw, { headers }));
  if (path === SIGN_IN && response.status === 401) {
    await recordAudit(database.db, { action: 'auth.sign_in_failed', data: { email: email ?? null }, ipAddress: ip });
  }
  if (response.status >= 400) return asProblem(response, c);
  return withoutSessionToken(response);
});

/**
 * better-auth echoes the session token in some JSON bodies; the cookie is http-only precisely
 * so that page scripts never hold it, so it is taken out of every answer.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  if (body && typeof body === 'object' && 'token' in body) delete (body as { token?: unknown }).token;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

const PASSWORD_CODES = new Set(['WEAK_PASSWORD', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG']);
const FIELD_BY_CODE: Record<string, string> = {
  INVALID_NAME: 'name',
  INVALID_AVATAR: 'image',
  INVALID_PASSWORD: 'currentPassword',
  INVALID_EMAIL: 'email',
};

const KIND_BY_STATUS: Record<number, ProblemKind> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  422: 'validation',
  429: 'rate-limited',
};

/** better-auth answers errors as `{ message, code }`; our API speaks problem+json everywhere. */
async function asProblem(response: Response, c: Context<AppEnv>): Promise<Response> {
  let message: string | undefined;
  let code: string | undefined;
  try {
    ({ message, code } = (await response.clone().json()) as { message?: string; code?: string });
  } catch {
    // not JSON: keep the status, describe it generically
  }
  const field = FIELD_BY_CODE[code ?? ''] ?? (c.req.path.endsWith('/reset-password') || c.req.path.endsWith('/change-password') ? 'newPassword' : 'password');
  const fieldError = code !== undefined && (code in FIELD_BY_CODE || PASSWORD_CODES.has(code));
  const kind = fieldError ? 'validation' : (KIND_BY_STATUS[response.status] ?? (response.status >= 500 ? 'internal' : 'bad-request'));
  const problem = problemBody(kind, {
    detail: message,
    requestId: c.get('requestId'),
    instance: c.req.path,
    errors: fieldError && message ? [{ path: field, message }] : undefined,
  });
  const headers: Record<string, string> = {};
  for (const name of ['set-cookie', 'retry-after']) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  return problemResponse(code ? { ...problem, code } as typeof problem : problem, headers);
}
