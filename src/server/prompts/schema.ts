import { z } from '@hono/zod-openapi';
import { PROMPT_AREAS, PROMPT_TECHNIQUES } from '../db/schema/index.js';
import { AreaSchema, IdeaSummarySchema } from '../ideas/schema.js';

export const PromptAreaSchema = z.enum(PROMPT_AREAS).openapi({ description: 'product, process, business_model, or any (suits every area)' });
export const PromptTechniqueSchema = z.enum(PROMPT_TECHNIQUES).openapi('PromptTechnique');

const promptText = z
  .string()
  .trim()
  .min(10, 'At least 10 characters')
  .max(240, 'At most 240 characters: a prompt is a short question');

export const PromptSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    area: PromptAreaSchema,
    technique: PromptTechniqueSchema,
    position: z.number().int(),
    active: z.boolean().openapi({ description: 'False once retired: out of the rotation and the shuffle, its ideas kept' }),
    retiredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .openapi('Prompt');

export const PromptCountsSchema = z
  .object({
    ideas: z.number().int().openapi({ description: 'Ideas this prompt inspired (those you may see)' }),
    acceptedOrLater: z.number().int().openapi({ description: 'Of those, accepted or further along (experimenting, scaling, implemented)' }),
    implemented: z.number().int(),
  })
  .openapi('PromptCounts');

export const PromptAbilitiesSchema = z.object({ manage: z.boolean().openapi({ description: 'You may add, edit and retire prompts' }) });

export const LibraryPromptSchema = PromptSchema.extend({ counts: PromptCountsSchema }).openapi('LibraryPrompt');

export const PromptLibrarySchema = z
  .object({ items: z.array(LibraryPromptSchema), abilities: PromptAbilitiesSchema })
  .openapi('PromptLibrary');

export const PromptIdeaPageSchema = z
  .object({ items: z.array(IdeaSummarySchema), nextCursor: z.string().nullable() })
  .openapi('PromptIdeaPage');

export const PromptDetailSchema = LibraryPromptSchema.extend({
  ideas: PromptIdeaPageSchema.openapi({ description: 'The newest ideas it inspired; more from /prompts/{id}/ideas' }),
  abilities: PromptAbilitiesSchema,
}).openapi('PromptDetail');

export const PromptLibraryQuerySchema = z.object({
  area: PromptAreaSchema.optional().openapi({ description: 'Prompts that suit this area, including those for any area; `any` lists only those' }),
  technique: PromptTechniqueSchema.optional(),
  active: z.stringbool().optional().openapi({ description: 'true: in use; false: retired; absent: both' }),
});
export type PromptLibraryQuery = z.infer<typeof PromptLibraryQuerySchema>;

export const PromptIdeasQuerySchema = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const NewPromptSchema = z
  .object({ text: promptText, area: PromptAreaSchema, technique: PromptTechniqueSchema })
  .openapi('NewPrompt');
export type NewPromptInput = z.infer<typeof NewPromptSchema>;

export const PromptPatchSchema = NewPromptSchema.partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change' })
  .openapi('PromptPatch');
export type PromptPatch = z.infer<typeof PromptPatchSchema>;

const SiteRefSchema = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() });

export const WeeklyPromptSchema = z
  .object({
    prompt: PromptSchema.nullable().openapi({ description: 'Null only when the library has no active prompt' }),
    source: z.enum(['pinned', 'rotation', 'none']).openapi({ description: 'pinned: chosen by an admin for the site; rotation: its turn this week' }),
    site: SiteRefSchema.nullable().openapi({ description: 'Null for the organisation-wide prompt (people without a site)' }),
    timeZone: z.string().openapi({ description: 'The clock the week is counted on: the site’s, else the organisation’s default' }),
    weekStartsAt: z.iso.datetime().openapi({ description: 'Monday 00:00 on that clock' }),
    weekEndsAt: z.iso.datetime().openapi({ description: 'The next Monday 00:00 (exclusive)' }),
  })
  .openapi('WeeklyPrompt');

export const WeeklyPromptQuerySchema = z.object({
  siteId: z.uuid().optional().openapi({ description: 'Defaults to your first site (by name); without a site, the organisation-wide prompt' }),
  at: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Ask about the week containing this instant instead of now' }),
});

/** Comma-separated prompt ids; kept a plain string so the OpenAPI document can describe it. */
const idList = z
  .string()
  .max(37 * 100)
  .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36})*$/i, 'Prompt ids separated by commas');

export const ShuffleQuerySchema = z.object({
  exclude: idList.optional().openapi({
    description: 'Prompts already seen, the one on screen first. When every prompt has been seen the shuffle starts over, still never repeating the first.',
  }),
  area: AreaSchema.optional().openapi({ description: 'Only prompts that suit this area (its own, or any area)' }),
});

export const SitePromptSettingsInputSchema = z
  .object({
    pinnedPromptId: z.uuid().nullable().openapi({ description: 'Show this prompt every week until unpinned; null to rotate' }),
    area: AreaSchema.nullable().openapi({ description: 'Rotate only prompts for this area (and for any area); null for all' }),
  })
  .openapi('SitePromptSettingsInput');
export type SitePromptSettingsInput = z.infer<typeof SitePromptSettingsInputSchema>;

export const SitePromptSettingsSchema = z
  .object({
    site: SiteRefSchema,
    pinnedPromptId: z.uuid().nullable(),
    area: AreaSchema.nullable(),
    thisWeek: WeeklyPromptSchema,
  })
  .openapi('SitePromptSettings');

export const SitePromptSettingsListSchema = z
  .object({ items: z.array(SitePromptSettingsSchema), abilities: PromptAbilitiesSchema })
  .openapi('SitePromptSettingsList');
