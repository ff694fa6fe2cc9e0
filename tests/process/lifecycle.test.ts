import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, dropDatabase, testDatabaseUrl, uniqueDatabaseName } from '../support/databases.js';
import { runFailingServer, startServer, waitForReady } from '../support/server-process.js';

// These start real processes (migrations, demo seeding, password hashing): give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sparkloop-proc-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Signs in as the demo admin and returns the session cookie. */
async function signInAsDemoAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@harbourlight.example', password: 'harbour-lights-demo' }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

const getOrganisation = async (url: string, cookie: string) =>
  (await (await fetch(`${url}/api/v1/organisation`, { headers: { cookie } })).json()) as { sites: { id: string }[] };

/** Env for one server: its own DATA_DIR, and on the Postgres run its own empty database. */
async function freshEnvironment(): Promise<Record<string, string>> {
  const env: Record<string, string> = { DATA_DIR: tempDir(), DEMO_DATA: '1' };
  if (testDatabaseUrl) {
    const name = uniqueDatabaseName('sparkloop_proc');
    env.DATABASE_URL = await createDatabase(name);
    cleanups.push(() => dropDatabase(name));
  }
  return env;
}

describe('the server process', () => {
  it('exits 0 on SIGTERM with a stream open, and keeps its data across a restart', async () => {
    const env = await freshEnvironment();
    const first = await startServer(env);
    await waitForReady(first.url);
    const cookie = await signInAsDemoAdmin(first.url);
    const organisation = await getOrganisation(first.url, cookie);
    expect(organisation.sites).toHaveLength(3);

    const stream = await fetch(`${first.url}/api/v1/events`);
    expect(stream.status).toBe(200);
    const reading = stream.body!.getReader();
    await reading.read();
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output.join('\n')).toContain('stopped cleanly');

    const second = await startServer(env);
    await waitForReady(second.url);
    // The session was stored in the database too: the same cookie still works after the restart.
    const again = await getOrganisation(second.url, cookie);
    expect(again.sites.map((site) => site.id).sort()).toEqual(organisation.sites.map((site) => site.id).sort());
    expect(await second.stop('SIGINT')).toBe(0);
  });

  it.runIf(testDatabaseUrl)('two instances started at the same moment on one empty database both become ready', async () => {
    const env = await freshEnvironment();
    const [a, b] = await Promise.all([startServer({ ...env, DATA_DIR: tempDir() }), startServer({ ...env, DATA_DIR: tempDir() })]);
    try {
      const [readyA, readyB] = await Promise.all([waitForReady(a.url), waitForReady(b.url)]);
      expect(readyA.migrations).toEqual(readyB.migrations);
      const organisation = await getOrganisation(b.url, await signInAsDemoAdmin(a.url));
      
      expect(organisation.sites).toHaveLength(3);
    } finally {
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    }
  });

  it('explains an unreachable DATABASE_URL in one line and exits 1', async () => {
    const result = await runFailingServer({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sparkloop: Cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/nothing/);
  });

  it('explains a DATA_DIR it cannot write in one line and exits 1', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await runFailingServer({ DATA_DIR: path.join(file, 'data') });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sparkloop: DATA_DIR .* is not writable \(ENOTDIR\)/)]);
  });

  it('lists every invalid setting at once', async () => {
    const result = await runFailingServer({ DATA_DIR: tempDir(), PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sparkloop: Invalid configuration — PORT: .*; LOG_LEVEL: /);
  });
});
