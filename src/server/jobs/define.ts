import type { z } from 'zod';
import type { Services } from '../services.js';

export type JobOptions = {
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
};

/** A typed job: versioned queue name, zod payload, handler and optional cron schedule. */
export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  /** Queue name; bump the version suffix when the payload changes shape. */
  queue: `${string}-v${number}`;
  payload: Schema;
  handle(payload: z.infer<Schema>, services: Services, job: { id: string }): Promise<void>;
  options?: JobOptions;
  /** Cron schedules are stored in the database, so many instances still run each tick once. */
  cron?: { expression: string; timeZone?: string; payload: z.infer<Schema> };
};

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}
