import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { mailDeliveries } from '../db/schema/index.js';
import { defineJob } from '../jobs/define.js';
import type { Services } from '../services.js';

export const MailPayload = z.object({
  /** Same key, same message: a retry or a second enqueue never sends it again. */
  dedupeKey: z.string().min(1).max(200),
  to: z.email(),
  subject: z.string().min(1).max(200),
  text: z.string().min(1),
  html: z.string().optional(),
});

export const sendMailJob = defineJob({
  queue: 'send-mail-v1',
  payload: MailPayload,
  async handle(payload, services) {
    const db = services.database.db;
    const [already] = await db.select().from(mailDeliveries).where(eq(mailDeliveries.dedupeKey, payload.dedupeKey));
    if (already) return;
    const { dedupeKey, ...message } = payload;
    const sent = await services.mailer.send(message);
    await db
      .insert(mailDeliveries)
      .values({ dedupeKey, recipient: message.to, subject: message.subject, transport: sent.transport, location: sent.location })
      .onConflictDoNothing();
  },
});

/** Queues an e-mail; pass the service's transaction so it is sent only if the write commits. */
export function queueMail(services: Services, message: z.infer<typeof MailPayload>, tx?: Db) {
  return services.jobs.send(sendMailJob, message, { ...(tx ? { tx } : {}), singletonKey: message.dedupeKey });
}
