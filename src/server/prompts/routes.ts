import { createRoute, z } from '@hono/zod-openapi';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonBody, jsonResponse } from '../http/openapi.js';
import { ProblemError, problemResponses } from '../http/problem.js';
import { presentIdeaSummary } from '../ideas/present.js';
import { presentLibraryPrompt, presentPrompt, presentSiteSettings, presentWeekly, promptAbilities } from './present.js';
import {
  LibraryPromptSchema, NewPromptSchema, PromptDetailSchema, PromptIdeaPageSchema, PromptIdeasQuerySchema, PromptLibraryQuerySchema,
  PromptLibrarySchema, PromptPatchSchema, PromptSchema, ShuffleQuerySchema, SitePromptSettingsInputSchema, SitePromptSettingsListSchema,
  SitePromptSettingsSchema, WeeklyPromptQuerySchema, WeeklyPromptSchema,
} from './schema.js';
import {
  createPrompt, editPrompt, findLibraryPrompt, listLibrary, listPromptIdeas, listSiteSettings, requirePrompt, restorePrompt, retirePrompt,
  saveSiteSettings, shufflePrompt, weeklyPrompt,
} from './service.js';

const tags = ['Prompts'];
const IdParams = z.object({ id: z.uuid() });

const library = createRoute({
  method: 'get', path: '/api/v1/prompts', tags, summary: 'The prompt library, in order, with the ideas each prompt produced',
  request: { query: PromptLibraryQuerySchema },
  responses: { 200: jsonResponse(PromptLibrarySchema, 'Prompts with their counts'), ...problemResponses(401, 403, 422) },
});
const week = createRoute({
  method: 'get', path: '/api/v1/prompts/week', tags, summary: 'The prompt of the week for a site',
  description:
    'A week is Monday 00:00 to Monday 00:00 on the site’s clock. A prompt pinned for the site wins; otherwise each site takes the ' +
    'next prompt of the library every week, from its own starting point. New prompts join the rotation the Monday after they are added.',
  request: { query: WeeklyPromptQuerySchema },
  responses: { 200: jsonResponse(WeeklyPromptSchema, 'This week’s prompt'), ...problemResponses(401, 403, 422) },
});
const shuffle = createRoute({
  method: 'get', path: '/api/v1/prompts/shuffle', tags, summary: 'Another active prompt, at random ("Need a spark?" → Shuffle)',
  request: { query: ShuffleQuerySchema },
  responses: { 200: jsonResponse(PromptSchema, 'A prompt'), ...problemResponses(401, 403, 404, 422) },
});
const siteSettings = createRoute({
  method: 'get', path: '/api/v1/prompts/sites', tags, summary: 'Each site’s prompt setting and the prompt it shows this week',
  responses: { 200: jsonResponse(SitePromptSettingsListSchema, 'Sites by name'), ...problemResponses(401, 403) },
});
const putSiteSettings = createRoute({
  method: 'put', path: '/api/v1/sites/{id}/prompt-settings', tags, summary: 'Pin a prompt for a site or keep its rotation to one area (admins)',
  request: { params: IdParams, ...jsonBody(SitePromptSettingsInputSchema) },
  responses: { 200: jsonResponse(SitePromptSettingsSchema, 'The site’s setting and this week’s prompt'), ...problemResponses(401, 403, 404, 422) },
});
const read = createRoute({
  method: 'get', path: '/api/v1/prompts/{id}', tags, summary: 'One prompt, its counts and the newest ideas it inspired',
  request: { params: IdParams },
  responses: { 200: jsonResponse(PromptDetailSchema, 'The prompt'), ...problemResponses(401, 403, 404, 422) },
});
const ideas = createRoute({
  method: 'get', path: '/api/v1/prompts/{id}/ideas', tags, summary: 'The ideas a prompt inspired, newest first (cursor-paginated)',
  request: { params: IdParams, query: PromptIdeasQuerySchema },
  responses: { 200: jsonResponse(PromptIdeaPageSchema, 'A page of ideas'), ...problemResponses(401, 403, 404, 422) },
});
const create = createRoute({
  method: 'post', path: '/api/v1/prompts', tags, summary: 'Add a prompt to the library (admins)',
  request: jsonBody(NewPromptSchema),
  responses: { 201: jsonResponse(LibraryPromptSchema, 'Added; in the shuffle now, in the rotation from next Monday'), ...problemResponses(401, 403, 422) },
});
const edit = createRoute({
  method: 'patch', path: '/api/v1/prompts/{id}', tags, summary: 'Reword a prompt or change its area or technique (admins)',
  request: { params: IdParams, ...jsonBody(PromptPatchSchema) },
  responses: { 200: jsonResponse(LibraryPromptSchema, 'The edited prompt'), ...problemResponses(401, 403, 404, 422) },
});
const retire = createRoute({
  method: 'post', path: '/api/v1/prompts/{id}/retire', tags, summary: 'Retire a prompt: out of the rotation and the shuffle, its ideas kept (admins)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(LibraryPromptSchema, 'The retired prompt'), ...problemResponses(401, 403, 404, 422) },
});
const restore = createRoute({
  method: 'post', path: '/api/v1/prompts/{id}/restore', tags, summary: 'Bring a retired prompt back (admins)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(LibraryPromptSchema, 'The prompt, in use again'), ...problemResponses(401, 403, 404, 422) },
});

const now = (at: string | undefined) => (at ? new Date(at) : new Date());

// Fixed paths (week, shuffle, sites) are registered before /prompts/{id}, which would otherwise answer them.
export const promptRoutes = createRouter()
  .openapi(library, async (c) => {
    const actor = authorize(c, 'prompt.read', null);
    const rows = await listLibrary(c.var.services.database.db, actor, c.req.valid('query'));
    return c.json({ items: rows.map(presentLibraryPrompt), abilities: promptAbilities(actor) }, 200);
  })
  .openapi(week, async (c) => {
    const actor = authorize(c, 'prompt.read', null);
    const { siteId, at } = c.req.valid('query');
    return c.json(presentWeekly(await weeklyPrompt(c.var.services.database.db, actor, { siteId, now: now(at) })), 200);
  })
  .openapi(shuffle, async (c) => {
    authorize(c, 'prompt.read', null);
    const { exclude, area } = c.req.valid('query');
    const prompt = await shufflePrompt(c.var.services.database.db, { exclude: exclude ? exclude.split(',') : [], area });
    if (!prompt) throw new ProblemError('not-found', 'There is no other prompt to offer');
    return c.json(presentPrompt(prompt), 200);
  })
  .openapi(siteSettings, async (c) => {
    const actor = authorize(c, 'prompt.read', null);
    const rows = await listSiteSettings(c.var.services.database.db, new Date());
    return c.json({ items: rows.map(presentSiteSettings), abilities: promptAbilities(actor) }, 200);
  })
  .openapi(putSiteSettings, async (c) => {
    const actor = authorize(c, 'prompt.manage', null);
    const db = c.var.services.database.db;
    const { id } = c.req.valid('param');
    await saveSiteSettings(db, actor, id, c.req.valid('json'));
    const [row] = await listSiteSettings(db, new Date(), id);
    return c.json(presentSiteSettings(row!), 200);
  })
  .openapi(read, async (c) => {
    const actor = authorize(c, 'prompt.read', null);
    const db = c.var.services.database.db;
    const { id } = c.req.valid('param');
    const prompt = await findLibraryPrompt(db, actor, id);
    if (!prompt) throw new ProblemError('not-found', 'No such prompt');
    const page = await listPromptIdeas(db, actor, id, { limit: 20 });
    return c.json(
      {
        ...presentLibraryPrompt(prompt),
        ideas: { items: page.items.map((row) => presentIdeaSummary(row, actor, row.voted)), nextCursor: page.nextCursor },
        abilities: promptAbilities(actor),
      },
      200,
    );
  })
  .openapi(ideas, async (c) => {
    const actor = authorize(c, 'prompt.read', null);
    const db = c.var.services.database.db;
    const { id } = c.req.valid('param');
    await requirePrompt(db, id);
    const page = await listPromptIdeas(db, actor, id, c.req.valid('query'));
    return c.json({ items: page.items.map((row) => presentIdeaSummary(row, actor, row.voted)), nextCursor: page.nextCursor }, 200);
  })
  .openapi(create, async (c) => {
    const actor = authorize(c, 'prompt.manage', null);
    const db = c.var.services.database.db;
    const prompt = await createPrompt(db, actor, c.req.valid('json'));
    c.header('Location', `/api/v1/prompts/${prompt.id}`);
    return c.json(presentLibraryPrompt((await findLibraryPrompt(db, actor, prompt.id))!), 201);
  })
  .openapi(edit, async (c) => {
    const actor = authorize(c, 'prompt.manage', null);
    const db = c.var.services.database.db;
    const prompt = await requirePrompt(db, c.req.valid('param').id);
    await editPrompt(db, actor, prompt, c.req.valid('json'));
    return c.json(presentLibraryPrompt((await findLibraryPrompt(db, actor, prompt.id))!), 200);
  })
  .openapi(retire, async (c) => {
    const actor = authorize(c, 'prompt.manage', null);
    const db = c.var.services.database.db;
    const prompt = await requirePrompt(db, c.req.valid('param').id);
    await retirePrompt(db, actor, prompt);
    return c.json(presentLibraryPrompt((await findLibraryPrompt(db, actor, prompt.id))!), 200);
  })
  .openapi(restore, async (c) => {
    const actor = authorize(c, 'prompt.manage', null);
    const db = c.var.services.database.db;
    const prompt = await requirePrompt(db, c.req.valid('param').id);
    await restorePrompt(db, actor, prompt);
    return c.json(presentLibraryPrompt((await findLibraryPrompt(db, actor, prompt.id))!), 200);
  });
