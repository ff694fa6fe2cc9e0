import { purgeIdempotencyKeysJob } from '../http/purge-idempotency-keys.job.js';
import { reviewRemindersJob } from '../ideas/review-reminders.job.js';
import { notifyJob } from '../notifications/deliver.js';
import { sendMailJob } from '../mail/send-mail.job.js';
import { purgeRateLimitsJob } from '../security/purge-rate-limits.job.js';
import type { JobDefinition } from './define.js';

/** Every queue the app knows; each domain adds its jobs here. */
export const jobDefinitions: readonly JobDefinition[] = [sendMailJob, purgeIdempotencyKeysJob, purgeRateLimitsJob, reviewRemindersJob, notifyJob] as JobDefinition[];
