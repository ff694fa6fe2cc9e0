import PgBoss from 'pg-boss';
import type { z } from 'zod';
import { transactionExecutor, type DatabaseHandle, type Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { JobDefinition } from './define.js';

export type SendOptions = {
  /** Enqueue inside this transaction: the job exists if and only if the transaction commits. */
  tx?: Db;
  /** Jobs with the same key are only queued once while one is waiting (dedupe). */
  singletonKey?: string;
  startAfterSeconds?: number;
};

/** Fixed key shared by every instance, distinct from the migration lock. */
const JOB_SETUP_LOCK_KEY = 7_302_114_002;

/** pg-boss in-process, on whichever database the app uses. */
export class JobRunner {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly definitions: readonly JobDefinition[],
    private readonly logger: Logger,
    private readonly pollingIntervalSeconds = 2,
  ) {
    this.boss = new PgBoss({ db: database.executor as PgBoss.Db, schema: 'pgboss', supervise: true, schedule: true });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job runner error'));
  }

  /** Creates the queue tables and schedules; with `work` also starts handling jobs. */
  async start(services: Services, { work = true }: { work?: boolean } = {}): Promise<void> {
    // pg-boss's own setup deadlocks when two instances create queues at once: serialise it.
    await this.database.withAdvisoryLock(JOB_SETUP_LOCK_KEY, async () => {
      await this.boss.start();
      this.started = true;
      for (const definition of this.definitions) {
        if (!(await this.boss.getQueue(definition.queue))) {
          await this.boss.createQueue(definition.queue, queueOptions(definition));
        }
        if (definition.cron) {
          await this.boss.schedule(definition.queue, definition.cron.expression, definition.cron.payload as object, {
            tz: definition.cron.timeZone ?? 'UTC',
          });
        }
      }
    });
    if (work) for (const definition of this.definitions) await this.work(definition, services);
  }

  private async work(definition: JobDefinition, services: Services): Promise<void> {
    await this.boss.work<unknown>(
      definition.queue,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1 },
      async (jobs) => {
        for (const job of jobs) {
          const log = this.logger.child({ queue: definition.queue, jobId: job.id });
          const payload = definition.payload.parse(job.data);
          const started = performance.now();
          try {
            await definition.handle(payload, services, { id: job.id });
            log.info({ durationMs: Math.round(performance.now() - started) }, 'job done');
          } catch (error) {
            log.error({ err: error }, 'job failed; pg-boss will retry');
            throw error;
          }
        }
      },
    );
  }

  async send<Schema extends z.ZodType>(
    definition: JobDefinition<Schema>,
    payload: z.infer<Schema>,
    options: SendOptions = {},
  ): Promise<string | null> {
    const data = definition.payload.parse(payload) as object;
    return this.boss.send(definition.queue, data, {
      ...(options.tx ? { db: transactionExecutor(options.tx) as PgBoss.Db } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  /** For tests and the CLI: the state of one job. */
  async getJob(queue: string, id: string): Promise<{ state: string; output: unknown } | null> {
    const job = await this.boss.getJobById(queue, id, { includeArchive: true });
    return job ? { state: job.state, output: job.output } : null;
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Workers finish their current job; `close: false` because we own the connection.
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
  }
}

function queueOptions(definition: JobDefinition): PgBoss.Queue {
  const options = definition.options ?? {};
  return {
    name: definition.queue,
    retryLimit: options.retryLimit ?? 5,
    retryDelay: options.retryDelaySeconds ?? 10,
    retryBackoff: options.retryBackoff ?? true,
    ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
  };
}
