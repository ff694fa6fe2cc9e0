// `npm run bench`: starts a bare Hono baseline and the built Sparkloop server, loads each
// scenario in turn from a separate load-generator process, writes bench/report.json and
// prints a table. Any non-2xx answer or error fails the run: an honest benchmark hides nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { LoadResult, LoadSpec } from './load.js';
import { seedBench, type BenchSeed } from './seed.js';
import { scenarios, type HttpMethod, type Scenario, type ScenarioContext } from './scenarios.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const BUILT_SERVER = path.join(ROOT, 'dist/server');
// The run serves a copy of the built server, so a rebuild during a long run cannot pull it away.
const SERVER_COPY = path.join(ROOT, '.bench-build/server');
const SERVER_ENTRY = path.join(SERVER_COPY, 'main.js');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

const baseline: Scenario = { name: 'bare-hono', description: 'Baseline: bare Hono app, one JSON route', method: 'GET', path: '/bare' };

type Settings = Pick<LoadSpec, 'connections' | 'durationSeconds' | 'warmupSeconds'>;

type Row = LoadResult & { name: string; description: string; ratioToBare: number; failed: boolean };

type Proc = { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

const running = new Set<Proc>();
let dataDir: string | undefined;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Starts a process and keeps the last 64 KB of its output so failures can be explained. */
function start(args: string[], env: NodeJS.ProcessEnv = process.env): Proc {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => (out[stream] = (out[stream] + chunk).slice(-65_536)));
  }
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const proc: Proc = { child, stdout: () => out.stdout, stderr: () => out.stderr, exited };
  running.add(proc);
  void exited.then(() => running.delete(proc));
  return proc;
}

/** SIGTERM, wait for exit (SIGKILL after a timeout); resolves to the exit code. */
async function stop(proc: Proc): Promise<number | null> {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  const code = await proc.exited;
  clearTimeout(timer);
  return code;
}

async function cleanup(): Promise<void> {
  await Promise.all([...running].map(stop));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function explain(message: string, proc: Proc): Error {
  return new Error(`${message}\n--- server stderr ---\n${proc.stderr() || '(empty)'}\n--- server stdout (tail) ---\n${proc.stdout().slice(-4000) || '(empty)'}`);
}

async function startBare(): Promise<{ proc: Proc; baseUrl: string }> {
  const proc = start(['--import', 'tsx', path.join(BENCH_DIR, 'bare-server.ts')]);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const match = /\{"port":(\d+)\}/.exec(proc.stdout());
    if (match) return { proc, baseUrl: `http://127.0.0.1:${match[1]}` };
    if (proc.child.exitCode !== null) break;
    await sleep(50);
  }
  throw explain('The bare baseline server did not start', proc);
}

async function startSparkloop(target: Target, port: number): Promise<{ proc: Proc; baseUrl: string; database: string }> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO_DATA: '1', APP_URL: baseUrl, DATABASE_URL: target.databaseUrl ?? '',
  };
  const proc = start([SERVER_ENTRY], env);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw explain(`Sparkloop exited with code ${proc.child.exitCode} before it was ready`, proc);
    const body = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
      .then(async (res) => (res.ok ? ((await res.json()) as { status?: string; database?: string }) : undefined))
      .catch(() => undefined);
    if (body?.status === 'ready') return { proc, baseUrl, database: body.database ?? 'unknown' };
    await sleep(200);
  }
  throw explain(`Sparkloop was not ready within ${READY_TIMEOUT_MS / 1000} s (GET /readyz)`, proc);
}

type Target = { name: 'pglite' | 'postgres'; databaseUrl?: string };

/**
 * PGlite always; Postgres in a fresh database on BENCH_POSTGRES_URL's server (default: the local
 * one). BENCH_DATABASES=pglite or =postgres runs only one.
 */
async function targets(): Promise<Target[]> {
  const wanted = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',').map((name) => name.trim());
  const list: Target[] = [];
  if (wanted.includes('postgres')) {
    const admin = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    const name = 'sparkloop_bench';
    const client = new pg.Client({ connectionString: admin.toString() });
    try {
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      list.push({ name: 'postgres', databaseUrl: url.toString() });
    } catch (error) {
      console.warn(`bench: Postgres at ${admin.host} is not usable (${(error as Error).message}); benchmarking PGlite only`);
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (wanted.includes('pglite')) list.push({ name: 'pglite' });
  return list;
}

function apiFor(baseUrl: string): ScenarioContext['api'] {
  return async <T>(method: HttpMethod, urlPath: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(baseUrl + urlPath, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`setup: ${method} ${urlPath} answered ${res.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Runs one scenario from a fresh load-generator process. */
async function load(baseUrl: string, scenario: Scenario, settings: Settings, seed?: BenchSeed): Promise<LoadResult> {
  const overrides = (await scenario.setup?.({ baseUrl, api: apiFor(baseUrl), seed: seed! })) ?? {};
  const request = { ...scenario, ...overrides };
  const spec: LoadSpec = { url: baseUrl + request.path, method: request.method, ...settings };
  if (request.headers) spec.headers = request.headers;
  if (request.body !== undefined) spec.body = request.body;
  if (request.variants) spec.variants = request.variants;
  const proc = start(['--import', 'tsx', path.join(BENCH_DIR, 'load.ts')]);
  proc.child.stdin?.end(JSON.stringify(spec));
  const code = await proc.exited;
  const line = proc.stdout().trim().split('\n').pop();
  if (code !== 0 || !line) throw new Error(`load generator failed for ${scenario.name} (exit ${code}):\n${proc.stderr()}`);
  return JSON.parse(line) as LoadResult;
}

function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function selectScenarios(): Scenario[] {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return scenarios;
  const known = new Set([baseline.name, ...scenarios.map((s) => s.name)]);
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown scenario(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return scenarios.filter((s) => only.includes(s.name));
}

function table(rows: Row[]): string {
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'vs bare', 'status'];
  const body = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.total),
    String(r.non2xx),
    String(r.errors),
    `${r.ratioToBare.toFixed(2)}x`,
    r.failed ? 'FAILED' : 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 8 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The issue's targets on Postgres, as ratios to the bare route in the same run (and p99 for list and read). */
const TARGETS: Record<string, { ratio: number; p99Ms?: number }> = {
  'ideas-trending': { ratio: 0.1, p99Ms: 25 },
  'idea-read': { ratio: 0.15, p99Ms: 25 },
  'idea-vote': { ratio: 0.1 },
  'idea-submit': { ratio: 0.05 },
  'ideas-search': { ratio: 0.05 },
  'ideas-similar': { ratio: 0.05 },
};

type Run = { database: string; rows: Row[]; rss: { before: number | null; after: number | null; peak: number }; serverExit: number | null; seed: BenchSeed['counts'] };

async function benchTarget(target: Target, selected: Scenario[], settings: Settings): Promise<Run> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sparkloop-bench-'));
  const port = await freePort();
  console.log(`bench: seeding ${target.name} ...`);
  const seed = await seedBench({ dataDir, databaseUrl: target.databaseUrl, appUrl: `http://127.0.0.1:${port}` });
  const bare = await startBare();
  const app = await startSparkloop(target, port);
  console.log(`bench: ${selected.length} scenario(s) on ${app.database}, ${settings.connections} connections, ${settings.durationSeconds} s each (+${settings.warmupSeconds} s warm-up)`);

  const results: Array<LoadResult & { name: string; description: string }> = [];
  console.log('bench: bare-hono ...');
  results.push({ name: baseline.name, description: baseline.description, ...(await load(bare.baseUrl, baseline, settings)) });
  await stop(bare.proc);

  const rssBefore = rssMb(app.proc.child.pid);
  let rssPeak = rssBefore ?? 0;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(app.proc.child.pid) ?? 0)), 250);
  try {
    for (const scenario of selected) {
      console.log(`bench: ${scenario.name} ...`);
      results.push({ name: scenario.name, description: scenario.description, ...(await load(app.baseUrl, scenario, settings, seed)) });
    }
  } finally {
    clearInterval(sampler);
  }
  const rssAfter = rssMb(app.proc.child.pid);
  rssPeak = Math.max(rssPeak, rssAfter ?? 0);
  const serverExit = await stop(app.proc);
  if (serverExit !== 0) console.error(`Sparkloop exited with code ${serverExit} on SIGTERM\n${app.proc.stderr()}`);
  rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;

  const bareRps = results[0]!.rps;
  const rows: Row[] = results.map((r) => ({
    ...r,
    ratioToBare: bareRps > 0 ? r.rps / bareRps : 0,
    failed: r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.total === 0,
  }));
  console.log(`\n${app.database}\n${table(rows)}\n`);
  console.log(`Sparkloop RSS: ${rssBefore} MB before, ${rssAfter} MB after, ${rssPeak} MB peak (${app.database})\n`);
  return { database: app.database, rows, rss: { before: rssBefore, after: rssAfter, peak: rssPeak }, serverExit, seed: seed.counts };
}

/** Each scenario with a target, met or not, on this run's database. */
function targetCheck(run: Run) {
  return run.rows
    .filter((row) => TARGETS[row.name])
    .map((row) => {
      const target = TARGETS[row.name]!;
      const met = row.ratioToBare >= target.ratio && (target.p99Ms === undefined || row.p99 <= target.p99Ms);
      return { scenario: row.name, ratio: Math.round(row.ratioToBare * 1000) / 1000, targetRatio: target.ratio, p99Ms: row.p99, targetP99Ms: target.p99Ms ?? null, met };
    });
}

async function main(): Promise<number> {
  if (existsSync(path.join(BUILT_SERVER, 'main.js'))) {
    rmSync(SERVER_COPY, { recursive: true, force: true });
    cpSync(BUILT_SERVER, SERVER_COPY, { recursive: true });
  } else if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${BUILT_SERVER} is missing: run \`npm run build\` first (or \`npm run bench\`)`);
  }
  const settings: Settings = {
    connections: positiveInt('BENCH_CONNECTIONS', 32),
    durationSeconds: positiveInt('BENCH_DURATION', 10),
    warmupSeconds: 2,
  };
  const selected = selectScenarios();
  const runs: Run[] = [];
  for (const target of await targets()) runs.push(await benchTarget(target, selected, settings));

  const cpus = os.cpus();
  const report = {
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      totalMemoryMb: Math.round(os.totalmem() / 1048576),
      node: process.version,
      date: new Date().toISOString(),
    },
    settings,
    runs: runs.map((run) => ({
      database: run.database,
      seeded: run.seed,
      scenarios: run.rows.map((r) => ({ ...r, rps: Math.round(r.rps), ratioToBare: Math.round(r.ratioToBare * 1000) / 1000 })),
      targets: targetCheck(run),
      serverRssMb: run.rss,
      serverExitCode: run.serverExit,
    })),
  };
  writeFileSync(path.join(BENCH_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  for (const run of runs) {
    for (const check of targetCheck(run)) {
      console.log(
        `target ${run.database.padEnd(8)} ${check.scenario.padEnd(15)} ratio ${check.ratio.toFixed(3)} (≥ ${check.targetRatio})` +
          `${check.targetP99Ms ? `, p99 ${check.p99Ms.toFixed(1)} ms (≤ ${check.targetP99Ms})` : ''}: ${check.met ? 'met' : 'NOT met'}`,
      );
    }
  }
  console.log(`report: ${path.relative(ROOT, path.join(BENCH_DIR, 'report.json'))}`);

  let failed = false;
  for (const run of runs) {
    for (const r of run.rows.filter((row) => row.failed)) {
      console.error(`FAILED ${run.database} ${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts), ${r.total} requests`);
      failed = true;
    }
    if (run.serverExit !== 0) failed = true;
  }
  return failed ? 1 : 0;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench: ${signal}, stopping servers`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (interrupted) return; // the signal handler reports and exits
    const cause = error instanceof Error && error.cause instanceof Error ? `\ncaused by: ${error.cause.message}` : '';
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}${cause}`);
    await cleanup();
    process.exit(1);
  });
