import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, dropDatabase, testDatabaseUrl, uniqueDatabaseName } from '../support/databases.js';

// These start real processes (migrations, demo seeding, password hashing): give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

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

  it('users create, with the password from stdin, then that person signs in', async () => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/main.ts', 'users', 'create', '--email', 'Ops@Example.com', '--name', 'Ops Lead', '--role', 'admin', '--password', '-'],
      { env: { ...process.env, ...env } },
    );
    child.stdin!.end('granite-meadow-harbour\n');
    const output = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
    expect(output).toMatch(/^created admin ops@example\.com \(/);

    const weak = await cli('users', 'create', '--email', 'x@example.com', '--name', 'X', '--role', 'employee', '--password', 'password123').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringContaining('--password: This password is one of the most common') });
    const duplicate = await cli('users', 'create', '--email', 'ops@example.com', '--name', 'Again', '--role', 'employee', '--password', 'granite-meadow-harbour').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(duplicate).toMatchObject({ code: 1, stderr: expect.stringContaining('email: Already has an account') });
  });

  it('explains unknown commands and exits 2', async () => {
    const failure = await cli('frobnicate').catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') });
  });
});
