import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { bootServices, shutdownServices } from '../../src/server/boot.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import type { AppEnv } from '../../src/server/http/context.js';
import type { Services } from '../../src/server/services.js';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './databases.js';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export type TestContext = {
  app: OpenAPIHono<AppEnv>;
  services: Services;
  config: Config;
  /** Every log line written during the test file, parsed. */
  logs: LogLine[];
  /** Sends a JSON request (body serialised) and returns the response. */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; remoteAddress?: string },
  ): Promise<Response>;
  close(): Promise<void>;
};

type TestAppOptions = { extraRoutes?: OpenAPIHono<AppEnv>[]; env?: Record<string, string> };

/** A fresh, migrated database (PGlite, or real Postgres with TEST_DATABASE_URL) for one test file. */
export async function openTestDatabase(): Promise<{ database: DatabaseHandle; url?: string; drop(): Promise<void> }> {
  const template = inject('postgresTemplate');
  if (template) {
    const name = uniqueDatabaseName('sparkloop_test');
    const url = await createDatabase(name, template);
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
    return { database, url, drop: () => dropDatabase(name) };
  }
  const snapshot = new Blob([readFileSync(inject('pgliteTemplateFile'))]);
  const database = await openDatabase({ kind: 'pglite', loadDataDir: snapshot });
  return { database, drop: async () => {} };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sparkloop-data-'));
  const { database, url, drop } = await openTestDatabase();
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'info', ...options.env }), databaseUrl: url };
  const logs: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const services = await bootServices(config, logger, { database, jobPollingSeconds: 0.5 });
  const app = createApp(services, { extraRoutes: options.extraRoutes ?? [] });
  return {
    app,
    services,
    config,
    logs,
    request(method, requestPath, { body, headers = {}, remoteAddress = '127.0.0.1' } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        init.body = text;
        // As a real client would: the server relies on Content-Length to know a body is there.
        const sent = init.headers as Record<string, string>;
        sent['content-type'] ??= 'application/json';
        sent['content-length'] = String(Buffer.byteLength(text));
      }
      // The node adapter's bindings, so connection info (the caller's address) works as in production.
      const env = { incoming: { socket: { remoteAddress, remotePort: 50_000, remoteFamily: 'IPv4' } } };
      return Promise.resolve(app.request(requestPath, init, env));
    },
    async close() {
      await shutdownServices(services, 2_000);
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value (jobs and notifications arrive asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
