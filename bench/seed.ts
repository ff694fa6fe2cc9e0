// Seeds the benchmark's database before the server starts: the demo organisation, then 10,000
// people, 100,000 ideas and about 1,000,000 votes written in bulk with SQL (through the API this
// would take hours), and signed-in sessions for a sample of people so the load can rotate callers.
import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { bootServices, shutdownServices } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { queryRows, type Database } from '../src/server/db/client.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { createLogger } from '../src/server/logger.js';

export const SIZES = { people: 10_000, ideas: 100_000, votesPerPerson: 100, sessions: 3_000 };

export type BenchSeed = {
  /** Cookie headers of signed-in employees, each `{ userId, cookie }`. */
  sessions: { userId: string; cookie: string }[];
  /** Ideas anyone may read and vote on (not confidential, still open), with their author. */
  ideas: { id: string; authorId: string }[];
  siteIds: string[];
  counts: { people: number; ideas: number; votes: number };
};

const log = (message: string) => console.log(`bench seed: ${message}`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

// Words the generated ideas are made of, so search and similar-ideas have real text to match.
const SUBJECTS = ['check-in', 'checkout', 'breakfast', 'room service', 'housekeeping', 'parking', 'luggage', 'spa', 'minibar', 'wifi',
  'loyalty card', 'billing', 'late arrival', 'airport shuttle', 'lost property', 'pool towels', 'room keys', 'invoices', 'wake-up calls', 'pet stays'];
const ACTIONS = ['Self-service', 'Faster', 'Text guests about', 'Simplify', 'Automate', 'Personal touch for', 'Quieter', 'Cheaper', 'Greener', 'Proactive'];
const PAINS = ['guests queue for', 'staff retype details for', 'guests call twice about', 'nobody owns', 'guests complain about',
  'the night team struggles with', 'families wait for', 'regulars forget about'];
const STAGES = ['submitted', 'submitted', 'submitted', 'in_review', 'in_review', 'needs_info', 'accepted', 'experimenting', 'implemented', 'parked', 'declined'];

const literal = (values: string[]) => sql.raw(`(ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}])`);

async function seedPeople(db: Database, siteIds: string[]): Promise<void> {
  await db.execute(sql`
    INSERT INTO users (id, name, email, email_verified, role, created_at, updated_at)
    SELECT 'bench-' || g, 'Bench Person ' || g, 'bench' || g || '@bench.example', true,
           CASE WHEN g % 200 = 0 THEN 'reviewer' ELSE 'employee' END, now(), now()
    FROM generate_series(1, ${SIZES.people}::int) AS g`);
  await db.execute(sql`
    INSERT INTO site_memberships (user_id, site_id)
    SELECT 'bench-' || g, (${sql.raw(`ARRAY[${siteIds.map((id) => `'${id}'::uuid`).join(',')}]`)})[1 + g % ${siteIds.length}]
    FROM generate_series(1, ${SIZES.people}::int) AS g`);
}

async function seedIdeas(db: Database, siteIds: string[]): Promise<void> {
  const sites = sql.raw(`(ARRAY[${siteIds.map((id) => `'${id}'::uuid`).join(',')}])`);
  const batch = 20_000;
  for (let from = 1; from <= SIZES.ideas; from += batch) {
    const to = Math.min(SIZES.ideas, from + batch - 1);
    // Idea g: written by person g mod 10,000, spread over two years, across every stage, area and site.
    await db.execute(sql`
      INSERT INTO ideas (title, problem, proposal, area, site_id, author_id, anonymous, confidential, stage_key, tags,
                         assigned_reviewer_id, first_response_at, decided_at, first_response_due_at, decision_due_at, created_at, updated_at)
      SELECT ${literal(ACTIONS)}[1 + g % ${ACTIONS.length}] || ' ' || ${literal(SUBJECTS)}[1 + (g / 7) % ${SUBJECTS.length}] || ' #' || g,
             'Today ' || ${literal(PAINS)}[1 + g % ${PAINS.length}] || ' ' || ${literal(SUBJECTS)}[1 + (g / 7) % ${SUBJECTS.length}]
               || ', which costs time on every shift.',
             'Try a small change to ' || ${literal(SUBJECTS)}[1 + (g / 3) % ${SUBJECTS.length}] || ' at one site first and measure it.',
             (ARRAY['product', 'process', 'business_model'])[1 + g % 3],
             ${sites}[1 + g % ${siteIds.length}],
             'bench-' || (1 + g % ${SIZES.people}),
             g % 10 = 0,
             g % 50 = 0,
             stage,
             ARRAY[lower(replace(${literal(SUBJECTS)}[1 + (g / 7) % ${SUBJECTS.length}], ' ', '-'))],
             'bench-' || (200 * (1 + g % 50)),
             CASE WHEN stage = 'submitted' THEN NULL ELSE created + interval '2 days' END,
             CASE WHEN stage IN ('accepted', 'experimenting', 'implemented', 'parked', 'declined') THEN created + interval '9 days' END,
             created + interval '7 days',
             created + interval '42 days',
             created, created
      FROM (SELECT g, ${literal(STAGES)}[1 + g % ${STAGES.length}] AS stage,
                   now() - (((${SIZES.ideas} - g) * 631) % (730 * 24 * 60)) * interval '1 minute' AS created
            FROM generate_series(${from}::int, ${to}::int) AS g) AS s`);
  }
  await db.execute(sql`
    INSERT INTO idea_events (idea_id, type, actor_id, to_stage, created_at)
    SELECT id, 'submitted', CASE WHEN anonymous THEN NULL ELSE author_id END, 'submitted', created_at FROM ideas WHERE author_id LIKE 'bench-%'`);
  await db.execute(sql`
    INSERT INTO idea_events (idea_id, type, actor_id, from_stage, to_stage, reason, created_at)
    SELECT id, 'transition', assigned_reviewer_id, 'submitted', stage_key,
           CASE WHEN stage_key IN ('parked', 'declined') THEN 'Not now: the budget for this year is already committed.' END,
           first_response_at
    FROM ideas WHERE author_id LIKE 'bench-%' AND stage_key <> 'submitted'`);
  await db.execute(sql`INSERT INTO idea_followers (idea_id, user_id) SELECT id, author_id FROM ideas WHERE author_id LIKE 'bench-%'`);
}

/** Person u votes on 100 ideas spread over the table (997 is prime to 100,000, so never twice the same). */
async function seedVotes(db: Database): Promise<void> {
  const [first] = await queryRows<{ n: number }>(db, sql`SELECT min(number)::int AS n FROM ideas WHERE author_id LIKE 'bench-%'`);
  const batch = 1_000;
  for (let from = 1; from <= SIZES.people; from += batch) {
    await db.execute(sql`
      INSERT INTO idea_votes (idea_id, user_id, created_at)
      SELECT i.id, 'bench-' || u, i.created_at + interval '1 hour'
      FROM generate_series(${from}::int, ${from + batch - 1}::int) AS u
      CROSS JOIN generate_series(0, ${SIZES.votesPerPerson - 1}::int) AS k
      JOIN ideas i ON i.number = ${first!.n} + ((u * 37 + k * 997) % ${SIZES.ideas})
      WHERE i.author_id <> 'bench-' || u`);
  }
  await db.execute(sql`
    UPDATE ideas SET vote_count = v.n FROM (SELECT idea_id, count(*)::int AS n FROM idea_votes GROUP BY idea_id) AS v
    WHERE ideas.id = v.idea_id AND ideas.vote_count <> v.n`);
}

async function seedSessions(db: Database, secret: string): Promise<BenchSeed['sessions']> {
  const people = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE id LIKE 'bench-%' AND role = 'employee' ORDER BY id LIMIT ${SIZES.sessions}`,
  );
  const sessions = people.map((person) => ({ userId: person.id, token: randomBytes(24).toString('base64url') }));
  for (let index = 0; index < sessions.length; index += 1_000) {
    const rows = sessions.slice(index, index + 1_000);
    await db.execute(sql`
      INSERT INTO sessions (id, token, user_id, expires_at, created_at, updated_at)
      VALUES ${sql.join(rows.map((row) => sql`(${`bench-session-${row.token}`}, ${row.token}, ${row.userId}, now() + interval '29 days', now(), now())`), sql`, `)}`);
  }
  // The same signed cookie better-auth sets: token, ".", base64 HMAC-SHA256 of the token.
  return sessions.map(({ userId, token }) => ({
    userId,
    cookie: `sparkloop.session_token=${encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`)}`,
  }));
}

/** Seeds an empty database (PGlite in `dataDir`, or `databaseUrl`) and returns what the scenarios need. */
export async function seedBench(env: { dataDir: string; databaseUrl?: string; appUrl: string }): Promise<BenchSeed> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: env.dataDir,
    DATABASE_URL: env.databaseUrl ?? '',
    APP_URL: env.appUrl,
    DEMO_DATA: '1',
    LOG_LEVEL: 'warn',
  });
  const services = await bootServices(config, createLogger('warn'), { work: false });
  try {
    const db = services.database.db;
    await timed('demo organisation', () => seedDemo(services));
    const siteIds = (await queryRows<{ id: string }>(db, sql`SELECT id FROM sites ORDER BY slug`)).map((row) => row.id);
    await db.transaction(async (tx) => {
      // Bulk load without per-row triggers (foreign-key checks, the trending and counter triggers);
      // the generated rows are consistent by construction, and the derived columns are filled below.
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await timed(`${SIZES.people.toLocaleString('en')} people`, () => seedPeople(tx as Database, siteIds));
      await timed(`${SIZES.ideas.toLocaleString('en')} ideas with timelines`, () => seedIdeas(tx as Database, siteIds));
      await timed('votes', () => seedVotes(tx as Database));
      await timed('trending scores and stage counters', async () => {
        await tx.execute(sql`UPDATE ideas SET trending = idea_trending(vote_count, created_at)`);
        await tx.execute(sql`DELETE FROM idea_stage_counts`);
        await tx.execute(sql`
          INSERT INTO idea_stage_counts (stage_key, area, site_key, confidential, n)
          SELECT stage_key, area, coalesce(site_id::text, ''), confidential, count(*)::int FROM ideas GROUP BY 1, 2, 3, 4`);
      });
    });
    await timed('vacuum analyze', () => db.execute(sql`VACUUM ANALYZE`));
    const sessions = await seedSessions(db, (await services.auth.$context).secret);
    const ideas = await queryRows<{ id: string; authorId: string }>(
      db,
      sql`SELECT id, author_id AS "authorId" FROM ideas
          WHERE author_id LIKE 'bench-%' AND NOT confidential AND stage_key IN ('submitted', 'in_review')
          ORDER BY number LIMIT 5000`,
    );
    const [counts] = await queryRows<BenchSeed['counts']>(
      db,
      sql`SELECT (SELECT count(*)::int FROM users) AS people, (SELECT count(*)::int FROM ideas) AS ideas, (SELECT count(*)::int FROM idea_votes) AS votes`,
    );
    log(`${counts!.people} people, ${counts!.ideas} ideas, ${counts!.votes} votes, ${sessions.length} sessions`);
    return { sessions, ideas, siteIds, counts: counts! };
  } finally {
    await shutdownServices(services);
  }
}
