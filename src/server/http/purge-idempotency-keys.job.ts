import { z } from 'zod';
import { defineJob } from '../jobs/define.js';
import { purgeExpiredIdempotencyKeys } from './idempotency.js';

export const purgeIdempotencyKeysJob = defineJob({
  queue: 'purge-idempotency-keys-v1',
  payload: z.object({}),
  cron: { expression: '17 * * * *', payload: {} },
  async handle(_payload, services) {
    const purged = await purgeExpiredIdempotencyKeys(services.database.db);
    if (purged > 0) services.logger.info({ purged }, 'expired idempotency keys purged');
  },
});
