import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per delivered message, so a retried mail job never sends twice. */
export const mailDeliveries = pgTable('mail_deliveries', {
  dedupeKey: text('dedupe_key').primaryKey(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  transport: text('transport').notNull(),
  location: text('location'),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});
