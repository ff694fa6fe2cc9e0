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

export const scenarios: Scenario[] = [
  {
    name: 'readyz',
    description: 'Readiness probe: checks the database and migrations',
    method: 'GET',
    path: '/readyz',
  },
  {
    name: 'organisation',
    description: 'The demo organisation and its 3 sites, read from the database',
    method: 'GET',
    path: '/api/v1/organisation',
  },
];
