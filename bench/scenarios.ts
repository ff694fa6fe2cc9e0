// The scenarios `npm run bench` runs against the built Sparkloop server, one after another,
// with the same load settings. A scenario may seed data through the real HTTP API first.
import type { LoadSpec } from './load.js';

export type HttpMethod = LoadSpec['method'];

export type ScenarioContext = {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** Calls the server and returns the parsed JSON body; throws on a non-2xx answer. */
  api<T = unknown>(method: HttpMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
};

/** What the load generator sends; `setup` may override any of it (e.g. a seeded id, a session). */
export type ScenarioRequest = {
  method: HttpMethod;
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type Scenario = ScenarioRequest & {
  name: string;
  description: string;
  setup?(ctx: ScenarioContext): Promise<Partial<ScenarioRequest> | void>;
};

/** Signs in as the demo admin through the real auth endpoint; returns the session cookie header. */
async function demoAdminCookie(ctx: ScenarioContext): Promise<Record<string, string>> {
  const res = await fetch(`${ctx.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    // As the browser does: better-auth wants an Origin on fetch-initiated sign-ins.
    headers: { 'content-type': 'application/json', origin: ctx.baseUrl },
    body: JSON.stringify({ email: 'admin@harbourlight.example', password: 'harbour-lights-demo' }),
  });
  if (!res.ok) throw new Error(`demo sign-in failed with ${res.status}`);
  return { cookie: res.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ') };
}

export const scenarios: Scenario[] = [
  {
    name: 'readyz',
    description: 'Readiness probe: checks the database and migrations',
    method: 'GET',
    path: '/readyz',
  },
  {
    name: 'me',
    description: 'The signed-in person: session lookup, actor and abilities',
    method: 'GET',
    path: '/api/v1/me',
    setup: async (ctx) => ({ headers: await demoAdminCookie(ctx) }),
  },
  {
    name: 'organisation',
    description: 'The organisation and its 3 sites, as the signed-in admin',
    method: 'GET',
    path: '/api/v1/organisation',
    setup: async (ctx) => ({ headers: await demoAdminCookie(ctx) }),
  },
  {
    name: 'people-search',
    description: 'People directory: search by name, first page with total (admin session)',
    method: 'GET',
    path: '/api/v1/people?q=a&limit=25',
    setup: async (ctx) => ({ headers: await demoAdminCookie(ctx) }),
  },
];
