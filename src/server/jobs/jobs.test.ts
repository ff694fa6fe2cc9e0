import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { queryRows } from '../db/client.js';
import { mailDeliveries, sites } from '../db/schema/index.js';
import { queueMail, sendMailJob } from '../mail/send-mail.job.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const outboxFiles = () => {
  try {
    return readdirSync(path.join(t.config.dataDir, 'outbox'));
  } catch {
    return [];
  }
};

describe('jobs on pg-boss', () => {
  it('runs a queued mail job: without SMTP_URL the message lands in DATA_DIR/outbox as .eml', async () => {
    await queueMail(t.services, {
      dedupeKey: 'welcome-1',
      to: 'ana@example.com',
      subject: 'Welcome to Sparkloop',
      text: 'Your first idea is one tap away.',
    });
    const delivery = await eventually(() =>
      t.services.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.dedupeKey, 'welcome-1')).then((rows) => rows[0]),
    );
    expect(delivery).toMatchObject({ recipient: 'ana@example.com', transport: 'outbox' });
    const eml = readFileSync(delivery.location!, 'utf8');
    expect(eml).toContain('Subject: Welcome to Sparkloop');
    expect(eml).toContain('To: ana@example.com');
    expect(eml).toContain('Your first idea is one tap away.');
    expect(t.logs.some((line) => line.msg === 'mail written to outbox (no SMTP_URL)' && line.to === 'ana@example.com')).toBe(true);
  });

  it('outbox: a job enqueued in a transaction that rolls back never exists', async () => {
    const db = t.services.database.db;
    let jobId: string | null = null;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(sites).values({ slug: 'rolled-back', name: 'Rolled back', timeZone: 'UTC' });
        jobId = await queueMail(t.services, { dedupeKey: 'rollback-1', to: 'x@example.com', subject: 'Never', text: 'Never sent' }, tx);
        throw new Error('abort the write');
      }),
    ).rejects.toThrow('abort the write');
    expect(jobId).toBeTruthy();
    expect(await t.services.jobs.getJob(sendMailJob.queue, jobId!)).toBeNull();
    expect(await db.select().from(sites).where(eq(sites.slug, 'rolled-back'))).toHaveLength(0);
  });

  it('outbox: a job enqueued in a committed transaction exists and runs', async () => {
    const db = t.services.database.db;
    const jobId = await db.transaction(async (tx) => {
      await tx.insert(sites).values({ slug: 'committed', name: 'Committed', timeZone: 'UTC' });
      return queueMail(t.services, { dedupeKey: 'commit-1', to: 'y@example.com', subject: 'Committed', text: 'Sent once' }, tx);
    });
    const job = await eventually(async () => {
      const found = await t.services.jobs.getJob(sendMailJob.queue, jobId!);
      return found?.state === 'completed' && found;
    });
    expect(job.state).toBe('completed');
  });

  it('a repeated dedupe key never sends the same mail twice', async () => {
    const message = { dedupeKey: 'digest-2026-w47', to: 'z@example.com', subject: 'Weekly digest', text: 'Three new stories' };
    await queueMail(t.services, message);
    await eventually(() =>
      t.services.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.dedupeKey, message.dedupeKey)).then((rows) => rows.length > 0),
    );
    // A retry of the same job after delivery (e.g. the worker crashed before completing it).
    await sendMailJob.handle(message, t.services, { id: 'manual-retry' });
    const sent = outboxFiles().filter((file) => readFileSync(path.join(t.config.dataDir, 'outbox', file), 'utf8').includes('Weekly digest'));
    expect(sent).toHaveLength(1);
  });

  it('registers cron schedules in the database so every instance shares them', async () => {
    const rows = await queryRows<{ name: string; cron: string }>(t.services.database.db, sql`SELECT name, cron FROM pgboss.schedule`);
    expect(rows).toContainEqual({ name: 'purge-idempotency-keys-v1', cron: '17 * * * *' });
  });

  it('refuses a payload that does not match the job schema before queueing it', async () => {
    await expect(queueMail(t.services, { dedupeKey: 'bad', to: 'not-an-email', subject: 's', text: 't' })).rejects.toThrow();
  });
});
