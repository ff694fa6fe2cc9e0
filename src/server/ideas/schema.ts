import { z } from '@hono/zod-openapi';
import { AREAS, IDEA_EVENT_TYPES } from '../db/schema/index.js';

export const AreaSchema = z.enum(AREAS);

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(30)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'Tags are words, numbers, spaces, - or _');

export const SubmitIdeaSchema = z
  .object({
    title: z.string().trim().min(3, 'At least 3 characters').max(140, 'At most 140 characters'),
    problem: z.string().trim().min(1, 'Describe what customers or colleagues experience').max(5000),
    proposal: z.string().trim().min(1, 'Describe your idea').max(10000),
    area: AreaSchema,
    siteId: z.uuid().nullable().default(null),
    tags: z.array(tag).max(10, 'At most 10 tags').default([]),
    anonymous: z.boolean().default(false),
    confidential: z.boolean().default(false),
    promptId: z.uuid().nullable().default(null).openapi({ description: 'The prompt that inspired it (an active prompt from the library)' }),
  })
  .openapi('SubmitIdea');

export const AuthorSchema = z
  .object({ id: z.string().nullable(), name: z.string(), anonymous: z.boolean() })
  .openapi('IdeaAuthor', { description: 'For an anonymous idea: `{ id: null, name: "Anonymous", anonymous: true }` for everyone' });

export const IdeaSummarySchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    title: z.string(),
    area: AreaSchema,
    siteId: z.string().nullable(),
    stage: z.object({ key: z.string(), name: z.string() }),
    author: AuthorSchema,
    tags: z.array(z.string()),
    confidential: z.boolean(),
    voteCount: z.number().int(),
    commentCount: z.number().int(),
    voted: z.boolean(),
    reviewer: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: 'Who answers for this idea' }),
    mine: z.boolean().openapi({ description: 'You wrote it (only ever true for the author themselves)' }),
    canVote: z.boolean(),
    prompt: z
      .object({ id: z.string(), text: z.string() })
      .nullable()
      .openapi({ description: 'The prompt that inspired it, if any (retired prompts included)' }),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .openapi('IdeaSummary');

export const TimelineEventSchema = z
  .object({
    id: z.string(),
    type: z.enum(IDEA_EVENT_TYPES),
    actor: AuthorSchema.nullable(),
    fromStage: z.string().nullable(),
    toStage: z.string().nullable(),
    reason: z.string().nullable(),
    reasonCode: z.string().nullable(),
    revisitOn: z.string().nullable(),
    mergedIntoId: z.string().nullable(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
    at: z.iso.datetime(),
  })
  .openapi('TimelineEvent');

export const IdeaSchema = IdeaSummarySchema.extend({
  problem: z.string(),
  proposal: z.string(),
  mergedIntoId: z.string().nullable(),
  revisitOn: z.string().nullable(),
  following: z.boolean(),
  firstResponseAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  clock: z
    .object({
      awaiting: z.enum(['first_response', 'decision']).nullable(),
      state: z.enum(['on_track', 'due_soon', 'overdue', 'decided', 'no_promise']),
      dueAt: z.iso.datetime().nullable(),
      firstResponseDueAt: z.iso.datetime().nullable(),
      decisionDueAt: z.iso.datetime().nullable(),
    })
    .openapi('ResponseClock', { description: 'The response-time promise: what is awaited, by when, and whether it is late' }),
  timeline: z.array(TimelineEventSchema),
  scores: z
    .object({
      criteria: z.array(
        z.object({ key: z.string(), name: z.string(), description: z.string(), weight: z.number().int(), average: z.number().nullable(), count: z.number().int() }),
      ),
      weightedTotal: z.number().nullable().openapi({ description: 'Weighted average of the criteria averages, 1–5' }),
      reviewerCount: z.number().int(),
      mine: z.record(z.string(), z.number().int()).openapi({ description: 'Your own scores, when you have scored' }),
    })
    .openapi('IdeaScores'),
  abilities: z.object({
    vote: z.boolean(),
    transition: z.boolean(),
    moveTo: z.array(z.string()).openapi({ description: 'Stages you may move this idea to now' }),
    assign: z.boolean(),
    review: z.boolean(),
    note: z.boolean(),
    edit: z.boolean(),
  }),
}).openapi('Idea');

export const IdeaListQuerySchema = z.object({
  stage: z.string().max(40).optional(),
  area: AreaSchema.optional(),
  siteId: z.uuid().optional(),
  tag: z.string().max(30).optional(),
  mine: z.stringbool().optional(),
  following: z.stringbool().optional(),
  voted: z.stringbool().optional(),
  overdue: z.stringbool().optional().openapi({ description: 'Only ideas past their first-response or decision promise' }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Full-text search over title, problem and proposal' }),
  sort: z.enum(['newest', 'top', 'trending', 'waiting']).default('newest').openapi({ description: 'trending = votes decayed by age; waiting = longest without an answer first' }),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const IdeaPageSchema = z
  .object({
    items: z.array(IdeaSummarySchema),
    nextCursor: z.string().nullable(),
    counts: z.record(z.string(), z.number().int()).openapi({ description: 'Ideas per stage for the same filter (ignoring `stage`)' }),
  })
  .openapi('IdeaPage');

export type SubmitIdeaInput = z.infer<typeof SubmitIdeaSchema>;
export type IdeaListQuery = z.infer<typeof IdeaListQuerySchema>;

export const TransitionSchema = z
  .object({
    to: z.string().min(1).max(40),
    reason: z.string().trim().max(2000).optional(),
    reasonCode: z.string().max(40).optional(),
    revisitOn: z.iso.date().optional().openapi({ description: 'Required when parking: when to look again (YYYY-MM-DD)' }),
    mergeInto: z.uuid().optional().openapi({ description: 'Required when merging: the idea this one duplicates' }),
  })
  .openapi('Transition');

export const AssignmentSchema = z.object({ reviewerId: z.string().min(1).max(100) }).openapi('Assignment');

export const DecisionSchema = z
  .object({
    ideaId: z.string(),
    ideaNumber: z.number().int(),
    ideaTitle: z.string(),
    area: AreaSchema,
    siteId: z.string().nullable(),
    stage: z.string(),
    reasonCode: z.string().nullable(),
    reason: z.string().nullable(),
    reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
    decidedAt: z.iso.datetime(),
  })
  .openapi('Decision');

export const DecisionQuerySchema = z.object({
  stage: z.enum(['accepted', 'parked', 'declined', 'merged']).optional(),
  reasonCode: z.string().max(40).optional(),
  area: AreaSchema.optional(),
  siteId: z.uuid().optional(),
  q: z.string().trim().max(200).optional().openapi({ description: 'Searches the reasons and the ideas' }),
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z(~[\w-]+)?$/, 'Pass nextBefore from the previous page')
    .optional()
    .openapi({ description: 'Pass nextBefore from the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type DecisionQuery = z.infer<typeof DecisionQuerySchema>;

export const SimilarQuerySchema = z.object({ text: z.string().trim().min(3).max(500) });
export const SimilarIdeaSchema = z
  .object({ id: z.string(), number: z.number().int(), title: z.string(), stage: z.object({ key: z.string(), name: z.string() }) })
  .openapi('SimilarIdea');

export const EditIdeaSchema = z
  .object({
    title: z.string().trim().min(3, 'At least 3 characters').max(140, 'At most 140 characters'),
    problem: z.string().trim().min(1).max(5000),
    proposal: z.string().trim().min(1).max(10000),
    area: AreaSchema,
    siteId: z.uuid().nullable(),
    tags: z.array(tag).max(10, 'At most 10 tags'),
  })
  .partial()
  .refine((edit) => Object.keys(edit).length > 0, { message: 'Send at least one field to change' })
  .openapi('EditIdea');

export const ReviewScoresSchema = z
  .object({ scores: z.record(z.string().max(40), z.number().int().min(1, 'Score from 1 to 5').max(5, 'Score from 1 to 5')) })
  .openapi('ReviewScores');

export const NoteSchema = z
  .object({ id: z.string(), body: z.string(), author: z.object({ id: z.string(), name: z.string() }).nullable(), createdAt: z.iso.datetime() })
  .openapi('InternalNote');
export const NewNoteSchema = z.object({ body: z.string().trim().min(1).max(5000) }).openapi('NewInternalNote');

export const RubricSchema = z
  .object({
    criteria: z
      .array(
        z.object({
          key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use lowercase letters, digits and _'),
          name: z.string().trim().min(2).max(60),
          description: z.string().trim().max(200).default(''),
          weight: z.number().int().min(1).max(10),
        }),
      )
      .min(1)
      .max(12)
      .refine((list) => new Set(list.map((c) => c.key)).size === list.length, { message: 'Each key once' }),
  })
  .openapi('Rubric');

export const CommentSchema = z
  .object({ id: z.string(), body: z.string().openapi({ description: 'Markdown; render without raw HTML' }), author: AuthorSchema, createdAt: z.iso.datetime() })
  .openapi('Comment');
export const NewCommentSchema = z.object({ body: z.string().trim().min(1).max(5000) }).openapi('NewComment');

export const AttachmentSchema = z
  .object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int(), url: z.string(), createdAt: z.iso.datetime() })
  .openapi('Attachment');
