import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { bootServices, shutdownServices } from '../../src/server/boot.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { createLogger } from '../../src/server/logger.js';
import { createDatabase, dropDatabase, testDatabaseUrl, uniqueDatabaseName } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite mode: a migrated database snapshot each test file loads. */
    pgliteTemplateFile: string;
    /** Postgres mode: a migrated database each test file clones with CREATE DATABASE … TEMPLATE. */
    postgresTemplate: string;
  }
}

/**
 * Migrates once (schema + job queues), then every test file starts from a copy of that:
 * a PGlite data-dir snapshot, or a Postgres template database.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'sparkloop-test-'));
  const config = loadConfig({ DATA_DIR: workDir, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');

  if (testDatabaseUrl) {
    const template = uniqueDatabaseName('sparkloop_tpl');
    const url = await createDatabase(template);
    const services = await bootServices({ ...config, databaseUrl: url }, logger, { work: false });
    await shutdownServices(services);
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplateFile', '');
    return async () => {
      await dropDatabase(template);
      rmSync(workDir, { recursive: true, force: true });
    };
  }

  const database = await openDatabase({ kind: 'pglite' });
  const services = await bootServices(config, logger, { database, work: false });
  await services.jobs.stop();
  const snapshot = await database.dumpDataDir!();
  await database.close();
  const file = path.join(workDir, 'template.tar');
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplate', '');
  return () => rmSync(workDir, { recursive: true, force: true });
}
