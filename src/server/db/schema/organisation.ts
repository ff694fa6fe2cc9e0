import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One organisation per deployment; the singleton column lets the database enforce that. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    singleton: boolean('singleton').notNull().default(true),
    name: text('name').notNull(),
    servicePurpose: text('service_purpose').notNull().default(''),
    defaultTimeZone: text('default_time_zone').notNull().default('UTC'),
    /** The standards every colleague serves by, in the organisation's own words. */
    serviceStandards: jsonb('service_standards').$type<string[]>().notNull().default([]),
    /** A small image as a data: URL, so the logo travels with the database. */
    logoDataUrl: text('logo_data_url'),
    /** Response-time promises, in business days: a first answer, then a decision. */
    firstResponseDays: integer('first_response_days').notNull().default(5),
    decisionDays: integer('decision_days').notNull().default(30),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('organisations_singleton_idx').on(table.singleton), check('organisations_singleton_true', sql`${table.singleton}`)],
);

/** A hotel, store or contact centre; each keeps its own clock for digests and rotations. */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    region: text('region').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('sites_slug_idx').on(table.slug)],
);
