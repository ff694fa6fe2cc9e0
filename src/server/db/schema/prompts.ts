import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import type { Area } from './ideas.js';
import { sites } from './organisation.js';

/** A prompt suits one area of innovation, or any of them. */
export const PROMPT_AREAS = ['product', 'process', 'business_model', 'any'] as const satisfies readonly (Area | 'any')[];
export type PromptArea = (typeof PROMPT_AREAS)[number];

/** The ways of thinking a prompt invites; the library can be filtered by them. */
export const PROMPT_TECHNIQUES = [
  'customer_pain',
  'remove_a_step',
  'self_service',
  'proactive_service',
  'small_delight',
  'borrowed_idea',
  'reverse_assumption',
  'co_creation',
  'empathy_interview',
  'journey_moment',
] as const;
export type PromptTechnique = (typeof PROMPT_TECHNIQUES)[number];

/** The prompt library: questions that start people off instead of a blank page. */
export const prompts = pgTable(
  'prompts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Names a prompt Sparkloop ships with (null for admins' own), so the demo can find it even after it is reworded. */
    key: text('key').unique(),
    text: text('text').notNull(),
    area: text('area').$type<PromptArea>().notNull(),
    technique: text('technique').$type<PromptTechnique>().notNull(),
    /** Library order, which is also the order of the weekly rotation. */
    position: integer('position').notNull(),
    /**
     * When the prompt last joined the rotation (created or brought back). It is offered as a
     * prompt of the week from the following Monday, so a week's prompt never changes mid-week.
     */
    inRotationSince: timestamp('in_rotation_since', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Retired prompts leave the rotation and the shuffle but keep the ideas they inspired. */
    retiredAt: timestamp('retired_at', { withTimezone: true, precision: 3 }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('prompts_position_idx').on(table.position, table.id)],
);

/** How the prompt of the week works at one site: a pinned prompt, and/or a rotation kept to one area. */
export const sitePromptSettings = pgTable('site_prompt_settings', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  /** Shown every week until unpinned; a retired prompt is never pinned. */
  pinnedPromptId: uuid('pinned_prompt_id').references(() => prompts.id, { onDelete: 'set null' }),
  /** Rotate only prompts of this area (and those for any area); null rotates them all. */
  area: text('area').$type<Area>(),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
