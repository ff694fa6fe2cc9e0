import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { sites } from './organisation.js';
import { prompts } from './prompts.js';

export const AREAS = ['product', 'process', 'business_model'] as const;
export type Area = (typeof AREAS)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The review stages, configurable by admins; the defaults come from the product brief. */
export const ideaStages = pgTable('idea_stages', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  terminal: boolean('terminal').notNull().default(false),
  customerLabel: text('customer_label').notNull(),
  reasonRequired: boolean('reason_required').notNull().default(false),
});

export const ideas = pgTable(
  'ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A short number people can say out loud ("idea 42"). */
    number: serial('number').notNull().unique(),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    proposal: text('proposal').notNull(),
    area: text('area').$type<Area>().notNull(),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'restrict' }),
    authorId: text('author_id').notNull().references(() => users.id, { onDelete: 'restrict' }),
    anonymous: boolean('anonymous').notNull().default(false),
    confidential: boolean('confidential').notNull().default(false),
    stageKey: text('stage_key').notNull().references(() => ideaStages.key),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** The reviewer who answers for this idea; everyone can see who it is. */
    assignedReviewerId: text('assigned_reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => ideas.id, { onDelete: 'set null' }),
    /** The prompt that inspired the idea, if any; retiring the prompt keeps the link. */
    promptId: uuid('prompt_id').references((): AnyPgColumn => prompts.id, { onDelete: 'set null' }),
    /** For a parked idea: when to look at it again. */
    revisitOn: date('revisit_on'),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The promises made when the idea arrived, in business days of its site's time zone. */
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }),
    decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
    /** Kept on the row so lists never count votes or comments per page. */
    voteCount: integer('vote_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    /**
     * ln(votes + 1) + created_at / τ, kept by a trigger: ordering by it is ordering by votes
     * decayed by age (weight halves every 7 days) at any moment, so the sort can use an index.
     */
    trending: doublePrecision('trending').notNull().default(0),
    version: integer('version').notNull().default(1),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('english', coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposal, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('ideas_stage_created_idx').on(table.stageKey, table.createdAt),
    index('ideas_created_idx').on(table.createdAt),
    index('ideas_votes_idx').on(table.voteCount, table.createdAt),
    index('ideas_trending_idx').on(table.trending, table.id),
    index('ideas_site_idx').on(table.siteId),
    index('ideas_author_idx').on(table.authorId),
    index('ideas_search_idx').using('gin', table.search),
    // GiST, not GIN: similar-ideas asks for the nearest titles (KNN), which only GiST can answer from the index.
    index('ideas_title_trgm_idx').using('gist', sql`${table.title} gist_trgm_ops`),
    index('ideas_tags_idx').using('gin', table.tags),
    index('ideas_reviewer_idx').on(table.assignedReviewerId),
    index('ideas_first_response_due_idx').on(table.firstResponseDueAt).where(sql`first_response_at IS NULL`),
    index('ideas_decision_due_idx').on(table.decisionDueAt).where(sql`decided_at IS NULL`),
    // Most ideas answer no prompt, so only those that do are indexed (a prompt's ideas, newest first, and its counts).
    index('ideas_prompt_idx').on(table.promptId, table.createdAt).where(sql`prompt_id IS NOT NULL`),
  ],
);

export const ideaVotes = pgTable(
  'idea_votes',
  {
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId] }), index('idea_votes_user_idx').on(table.userId)],
);

export const IDEA_EVENT_TYPES = ['submitted', 'edited', 'transition', 'assigned'] as const;
export type IdeaEventType = (typeof IDEA_EVENT_TYPES)[number];

/** Why a decision was taken, from a list admins keep; free text says the rest. */
export const reasonCodes = pgTable('reason_codes', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  active: boolean('active').notNull().default(true),
});

/** Where the round robin of reviewer assignment stands, per site (or 'organisation'). */
export const reviewRotation = pgTable('review_rotation', {
  scope: text('scope').primaryKey(),
  /** Turns taken so far; the next idea goes to reviewer number `turn mod count`. */
  turn: bigint('turn', { mode: 'number' }).notNull().default(0),
});

/** The public timeline: every event on an idea, in order. */
export const ideaEvents = pgTable(
  'idea_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: events of one transaction share a timestamp but never a position. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    type: text('type').$type<IdeaEventType>().notNull(),
    /** Null for the author's own actions on an anonymous idea: nothing leads back to them. */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('idea_events_idea_idx').on(table.ideaId, table.createdAt),
    index('idea_events_decisions_idx').on(table.toStage, table.createdAt),
  ],
);

/** What reviewers score ideas on, with weights; admins keep the list. */
export const rubricCriteria = pgTable('rubric_criteria', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  weight: integer('weight').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull().default(true),
});

/** One reviewer's 1–5 score for one criterion of one idea. */
export const ideaScores = pgTable(
  'idea_scores',
  {
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull().references(() => rubricCriteria.key, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.reviewerId, table.criterionKey] })],
);

/**
 * How many ideas sit in each stage, per area, site and confidentiality, kept by a trigger on
 * `ideas`, so the per-stage counts of a list never count the table. `site_key` is the site id,
 * or '' for ideas without a site (a primary key cannot hold null).
 */
export const ideaStageCounts = pgTable(
  'idea_stage_counts',
  {
    stageKey: text('stage_key').notNull(),
    area: text('area').$type<Area>().notNull(),
    siteKey: text('site_key').notNull(),
    confidential: boolean('confidential').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.stageKey, table.area, table.siteKey, table.confidential] })],
);

/** Reviewers' and admins' notes on an idea, never shown to anyone else. */
export const ideaNotes = pgTable(
  'idea_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('idea_notes_idea_idx').on(table.ideaId, table.createdAt)],
);

/** Public discussion on an idea (markdown, rendered without raw HTML). */
export const ideaComments = pgTable(
  'idea_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('idea_comments_idea_idx').on(table.ideaId, table.createdAt)],
);

/** People who hear about an idea's progress; its author always does, even when anonymous. */
export const ideaFollowers = pgTable(
  'idea_followers',
  {
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId] }), index('idea_followers_user_idx').on(table.userId)],
);

/** A picture or PDF attached to an idea; the bytes live in the file store under `storageKey`. */
export const ideaAttachments = pgTable(
  'idea_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id, { onDelete: 'cascade' }),
    uploaderId: text('uploader_id').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('idea_attachments_idea_idx').on(table.ideaId)],
);
