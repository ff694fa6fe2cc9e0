// The scenarios `npm run bench` runs against the built Sparkloop server, one after another,
// with the same load settings. A scenario may seed data through the real HTTP API first.
import type { LoadSpec, LoadVariant } from './load.js';
import type { BenchSeed } from './seed.js';

export type HttpMethod = LoadSpec['method'];

export type ScenarioContext = {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** Calls the server and returns the parsed JSON body; throws on a non-2xx answer. */
  api<T = unknown>(method: HttpMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  /** What the seeder wrote: signed-in sessions, open ideas, sites. */
  seed: BenchSeed;
};

/** What the load generator sends; `setup` may override any of it (e.g. a seeded id, a session). */
export type ScenarioRequest = {
  method: HttpMethod;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  variants?: LoadVariant[];
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

/** The i-th seeded session's cookie, cycling. */
const sessionAt = (seed: BenchSeed, index: number) => seed.sessions[index % seed.sessions.length]!;

const SEARCHES = ['breakfast', 'luggage queue', 'wifi', 'text guests parking', 'housekeeping', 'loyalty card billing', 'spa towels', 'late arrival'];
// Typed as people type: with typos, as the share form sends it while they write.
const DRAFTS = ['self servce check-in kiosk', 'faster breakfst for families', 'greener pool towls', 'automate invoces', 'text guests about luggage',
  'quieter room servce at night', 'wake-up cals by app', 'cheaper airport shutle'];

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

  {
    name: 'ideas-trending',
    description: 'Ideas list: trending, filtered to one area, 20 per page with per-stage counts (100k ideas)',
    method: 'GET',
    path: '/api/v1/ideas?sort=trending&area=process&limit=20',
    setup: async ({ seed }) => ({
      variants: Array.from({ length: 500 }, (_, index) => ({ headers: { cookie: sessionAt(seed, index).cookie } })),
    }),
  },
  {
    name: 'idea-read',
    description: 'One idea with its timeline, scores, vote and follow state (1,000 different ideas)',
    method: 'GET',
    path: '/api/v1/ideas/{id}',
    setup: async ({ seed }) => ({
      variants: seed.ideas.slice(0, 1000).map((idea, index) => ({ path: `/api/v1/ideas/${idea.id}`, headers: { cookie: sessionAt(seed, index).cookie } })),
    }),
  },
  {
    name: 'ideas-search',
    description: 'Full-text search over 100k ideas, first page of 20 with counts',
    method: 'GET',
    path: '/api/v1/ideas?q=',
    setup: async ({ seed }) => ({
      variants: Array.from({ length: 400 }, (_, index) => ({
        path: `/api/v1/ideas?q=${encodeURIComponent(SEARCHES[index % SEARCHES.length]!)}&limit=20`,
        headers: { cookie: sessionAt(seed, index).cookie },
      })),
    }),
  },
  {
    name: 'ideas-similar',
    description: 'Similar ideas while typing (full text + trigram, typos included)',
    method: 'GET',
    path: '/api/v1/ideas/similar?text=',
    setup: async ({ seed }) => ({
      variants: Array.from({ length: 400 }, (_, index) => ({
        path: `/api/v1/ideas/similar?text=${encodeURIComponent(DRAFTS[index % DRAFTS.length]!)}`,
        headers: { cookie: sessionAt(seed, index).cookie },
      })),
    }),
  },
  {
    name: 'idea-vote',
    description: 'Vote: many people on many ideas (mostly new votes; one per person per idea)',
    method: 'PUT',
    path: '/api/v1/ideas/{id}/vote',
    setup: async ({ seed, baseUrl }) => {
      const variants: LoadVariant[] = [];
      for (let index = 0; variants.length < 20_000; index += 1) {
        const idea = seed.ideas[index % seed.ideas.length]!;
        const voter = sessionAt(seed, index * 7 + Math.floor(index / seed.ideas.length));
        if (voter.userId === idea.authorId) continue;
        variants.push({ path: `/api/v1/ideas/${idea.id}/vote`, headers: { cookie: voter.cookie, origin: baseUrl } });
      }
      return { variants };
    },
  },
  {
    name: 'idea-submit',
    description: 'Submit an idea: row, timeline, reviewer round robin, follower, notification job, audit',
    method: 'POST',
    path: '/api/v1/ideas',
    setup: async ({ seed, baseUrl }) => ({
      variants: Array.from({ length: 3000 }, (_, index) => ({
        headers: { cookie: sessionAt(seed, index + 1).cookie, origin: baseUrl, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `${DRAFTS[index % DRAFTS.length]} (${index})`,
          problem: 'Guests wait at the desk while we retype what they already told us online.',
          proposal: 'Pre-fill the form from the booking and let guests confirm on their phone.',
          area: 'process',
          siteId: seed.siteIds[index % seed.siteIds.length],
          tags: ['check-in'],
          anonymous: index % 5 === 0,
          confidential: false,
        }),
      })),
    }),
  },
];
