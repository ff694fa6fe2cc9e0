import type { Auth } from './auth/auth.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import type { RealtimeHub } from './events/realtime.js';
import type { JobRunner } from './jobs/runner.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/transport.js';
import type { FileStore } from './storage/files.js';

/** Everything a route, service or job may need, built once per process in boot.ts. */
export type Services = {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  jobs: JobRunner;
  mailer: Mailer;
  realtime: RealtimeHub;
  auth: Auth;
  /** Uploaded files (attachments), under DATA_DIR/uploads. */
  files: FileStore;
  /** Flipped at shutdown so /readyz tells the load balancer to stop sending traffic. */
  lifecycle: { shuttingDown: boolean; startedAt: Date };
  version: string;
};
