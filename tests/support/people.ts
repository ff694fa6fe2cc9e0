import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/server/db/schema/index.js';
import { createPersonWithPassword } from '../../src/server/people/accounts.js';
import type { TestContext } from './test-app.js';

export const TEST_PASSWORD = 'quiet-harbour-lantern-7';

export type SignedIn = {
  id: string;
  email: string;
  cookie: string;
  /** A request as this person: session cookie, and the app's own Origin on writes (as a browser would). */
  request(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>;
};

/** Factory: a person with a password, straight through the real account service. */
export async function createPerson(
  t: TestContext,
  options: { role?: Role; name?: string; email?: string; siteIds?: string[]; teamIds?: string[] } = {},
): Promise<{ id: string; email: string }> {
  const email = options.email ?? `${options.role ?? 'employee'}-${randomUUID().slice(0, 8)}@example.com`;
  const { id } = await createPersonWithPassword(t.services.database.db, {
    email,
    name: options.name ?? 'Test Person',
    role: options.role ?? 'employee',
    password: TEST_PASSWORD,
    siteIds: options.siteIds ?? [],
    teamIds: options.teamIds ?? [],
  });
  return { id, email };
}

export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Signs in through the real better-auth endpoint and returns a client bound to that session. */
export async function signIn(t: TestContext, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const res = await t.request('POST', '/api/auth/sign-in/email', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  return asSession(t, body.user.id, email, cookieFrom(res));
}

export function asSession(t: TestContext, id: string, email: string, cookie: string): SignedIn {
  return {
    id,
    email,
    cookie,
    request(method, path, { body, headers = {} } = {}) {
      const write = method !== 'GET' && method !== 'HEAD';
      return t.request(method, path, {
        body,
        headers: { cookie, ...(write ? { origin: t.config.appUrl } : {}), ...headers },
      });
    },
  };
}

/** Creates a person of this role and signs them in. */
export async function signedIn(
  t: TestContext,
  role: Role,
  options: { siteIds?: string[]; teamIds?: string[]; name?: string } = {},
): Promise<SignedIn> {
  const person = await createPerson(t, { role, ...options });
  return signIn(t, person.email);
}
