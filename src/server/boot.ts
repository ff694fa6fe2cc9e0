import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAuth } from './auth/auth.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { sharedSecret } from './db/secrets.js';
import { RealtimeHub } from './events/realtime.js';
import { jobDefinitions } from './jobs/registry.js';
import { JobRunner } from './jobs/runner.js';
import type { Logger } from './logger.js';
import { createMailer } from './mail/transport.js';
import { projectRoot } from './paths.js';
import { diskFileStore } from './storage/files.js';
import type { Services } from './services.js';

export const appVersion: string = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
}

type BootOptions = {
  /** An already open database (tests hand in a fresh clone); otherwise the configured one. */
  database?: DatabaseHandle;
  migrate?: boolean;
  /** Handle jobs in this process (off for one-shot CLI commands). */
  work?: boolean;
  jobPollingSeconds?: number;
};

/** Builds every service in order: database → migrations → realtime → jobs. */
export async function bootServices(config: Config, logger: Logger, options: BootOptions = {}): Promise<Services> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  try {
    if (options.migrate ?? true) await runMigrations(database);
    const realtime = new RealtimeHub(logger);
    await realtime.start(database);
    const jobs = new JobRunner(database, jobDefinitions, logger, options.jobPollingSeconds);
    const services: Services = {
      config,
      logger,
      database,
      jobs,
      mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, logger }),
      realtime,
      auth: createAuth({ config, database, jobs, secret: config.sessionSecret ?? (await sharedSecret(database.db, 'session')) }),
      files: diskFileStore(path.join(config.dataDir, 'uploads')),
      lifecycle: { shuttingDown: false, startedAt: new Date() },
      version: appVersion,
    };
    await jobs.start(services, { work: options.work ?? true });
    return services;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

/** Stops workers, ends realtime streams and closes the database (PGlite flushes to disk). */
export async function shutdownServices(services: Services, timeoutMs = 10_000): Promise<void> {
  services.lifecycle.shuttingDown = true;
  await services.realtime.close();
  await services.jobs.stop(timeoutMs);
  services.mailer.close();
  await services.database.close();
}
