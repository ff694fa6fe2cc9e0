import { z } from 'zod';
import { defineJob } from '../jobs/define.js';
import { purgeStaleRateLimits } from './rate-limit.js';

export const purgeRateLimitsJob = defineJob({
  queue: 'purge-rate-limits-v1',
  payload: z.object({}),
  cron: { expression: '41 * * * *', payload: {} },
  async handle(_payload, services) {
    await purgeStaleRateLimits(services.database.db);
  },
});
