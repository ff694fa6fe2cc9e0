import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, testDatabaseUrl, uniqueDatabaseName } from '../support/databases.js';

const run = promisify(execFile);
let env: Record<string, string>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sparkloop-cli-'));
  env = { DATA_DIR: dataDir };
  let dropDb = async () => {};
  if (testDatabaseUrl) {
    const name = uniqueDatabaseName('sparkloop_cli');
    env.DATABASE_URL = await createDatabase(name);
    dropDb = () => dropDatabase(name);
  }
  cleanup = async () => {
    await dropDb();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(() => cleanup());

const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', ...args], { env: { ...process.env, ...env } });

describe('npm run cli', () => {
  it('doctor, migrate, demo seed (twice), doctor', async () => {
    const before = await cli('doctor');
    expect(before.stdout).toMatch(/database\s+(embedded PGlite|PostgreSQL) — PostgreSQL \d+/);
    expect(before.stdout).toMatch(/migrations\s+none applied yet/);
    expect(before.stdout).toMatch(/mail\s+outbox folder .*outbox \(no SMTP_URL\)/);

    expect((await cli('migrate')).stdout).toMatch(/^migrations: \d+ applied, latest \d{4}_\w+/);
    expect((await cli('demo', 'seed')).stdout).toContain('demo: organisation created, 3 site(s) and 8 people created');
    expect((await cli('demo', 'seed')).stdout).toContain('demo: already seeded, nothing to do');

    const after = await cli('doctor');
    expect(after.stdout).toMatch(/migrations\s+(\d+)\/\1 applied \(up to date\)/);
  });

  it('explains unknown commands and exits 2', async () => {
    const failure = await cli('frobnicate').catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') });
  });
});
