import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { ideaStages, ideas, ideaVotes, organisations, prompts, sitePromptSettings, sites, type Area } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import { visibleTo } from '../ideas/browse.js';
import { ideaColumns, type IdeaRow } from '../ideas/service.js';
import type { Actor } from '../policies/index.js';
import { promptOfTheWeek, suitsArea, type LocalWeek, type RotationSettings } from './rotation.js';
import type { NewPromptInput, PromptLibraryQuery, PromptPatch, SitePromptSettingsInput } from './schema.js';

export type PromptRow = typeof prompts.$inferSelect;
export type PromptCounts = { ideas: number; acceptedOrLater: number; implemented: number };
export type LibraryRow = PromptRow & PromptCounts;
type SiteRef = { id: string; name: string; timeZone: string };

const invalid = (path: string, message: string) => new ProblemError('validation', message, { errors: [{ path, message }] });

export async function findPrompt(db: Db, id: string): Promise<PromptRow | undefined> {
  const [row] = await db.select().from(prompts).where(eq(prompts.id, id));
  return row;
}

/** The prompt, or 404. */
export async function requirePrompt(db: Db, id: string): Promise<PromptRow> {
  const prompt = await findPrompt(db, id);
  if (!prompt) throw new ProblemError('not-found', 'No such prompt');
  return prompt;
}

/**
 * Prompts with what they produced: the ideas they inspired that the viewer may see (the same
 * visibility as the ideas list), how many of those were accepted or went further, and how many
 * were implemented. "Accepted or later" is every stage from Accepted to Implemented in the
 * organisation's order, so a stage an admin adds between them counts too.
 */
async function libraryRows(db: Db, actor: Actor, filters: (SQL | undefined)[]): Promise<LibraryRow[]> {
  const stagePosition = (key: string) => sql`(SELECT s.position FROM idea_stages s WHERE s.key = ${key})`;
  return db
    .select({
      id: prompts.id, key: prompts.key, text: prompts.text, area: prompts.area, technique: prompts.technique, position: prompts.position,
      inRotationSince: prompts.inRotationSince, retiredAt: prompts.retiredAt, version: prompts.version,
      createdAt: prompts.createdAt, updatedAt: prompts.updatedAt,
      ideas: sql<number>`count(${ideas.id})::int`,
      acceptedOrLater: sql<number>`(count(${ideas.id}) FILTER (WHERE ${ideaStages.position} BETWEEN ${stagePosition('accepted')} AND ${stagePosition('implemented')}))::int`,
      implemented: sql<number>`(count(${ideas.id}) FILTER (WHERE ${ideas.stageKey} = 'implemented'))::int`,
    })
    .from(prompts)
    .leftJoin(ideas, and(eq(ideas.promptId, prompts.id), visibleTo(actor)))
    .leftJoin(ideaStages, eq(ideaStages.key, ideas.stageKey))
    .where(and(...filters))
    .groupBy(prompts.id)
    .orderBy(asc(prompts.position), asc(prompts.id));
}

/** The library in its order, filtered by area (prompts that suit it), technique and whether in use. */
export function listLibrary(db: Db, actor: Actor, query: PromptLibraryQuery): Promise<LibraryRow[]> {
  return libraryRows(db, actor, [
    query.area === 'any' ? eq(prompts.area, 'any') : query.area ? inArray(prompts.area, [query.area, 'any']) : undefined,
    query.technique ? eq(prompts.technique, query.technique) : undefined,
    query.active === undefined ? undefined : query.active ? isNull(prompts.retiredAt) : isNotNull(prompts.retiredAt),
  ]);
}

export async function findLibraryPrompt(db: Db, actor: Actor, id: string): Promise<LibraryRow | undefined> {
  const [row] = await libraryRows(db, actor, [eq(prompts.id, id)]);
  return row;
}

type Cursor = { createdAt: string; id: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof value.createdAt === 'string' && !Number.isNaN(Date.parse(value.createdAt)) && typeof value.id === 'string' && UUID.test(value.id)) {
      return { createdAt: new Date(value.createdAt).toISOString(), id: value.id };
    }
  } catch {
    // fall through
  }
  throw invalid('query.cursor', 'Use nextCursor from a previous page');
}

/** The ideas a prompt inspired that the viewer may see, newest first, a page at a time. */
export async function listPromptIdeas(db: Db, actor: Actor, promptId: string, page: { cursor?: string | undefined; limit: number }) {
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await db
    .select({ ...ideaColumns, voted: sql<boolean>`(${ideaVotes.userId} IS NOT NULL)` })
    .from(ideas)
    .leftJoin(ideaVotes, and(eq(ideaVotes.ideaId, ideas.id), eq(ideaVotes.userId, actor.id)))
    .where(
      and(
        eq(ideas.promptId, promptId),
        visibleTo(actor),
        after ? sql`(${ideas.createdAt}, ${ideas.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit) as (IdeaRow & { voted: boolean })[];
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null };
}

export async function createPrompt(db: Database, actor: Actor, input: NewPromptInput): Promise<PromptRow> {
  return db.transaction(async (tx) => {
    const [prompt] = await tx
      .insert(prompts)
      .values({ ...input, position: sql`(SELECT coalesce(max(position), 0) + 10 FROM prompts)` })
      .returning();
    await recordAudit(tx, { action: 'prompt.created', actorId: actor.id, subject: { type: 'prompt', id: prompt!.id }, data: { area: input.area, technique: input.technique } });
    return prompt!;
  });
}

export async function editPrompt(db: Database, actor: Actor, prompt: PromptRow, patch: PromptPatch): Promise<PromptRow> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(prompts)
      .set({ ...patch, updatedAt: new Date(), version: sql`${prompts.version} + 1` })
      .where(eq(prompts.id, prompt.id))
      .returning();
    await recordAudit(tx, { action: 'prompt.edited', actorId: actor.id, subject: { type: 'prompt', id: prompt.id }, data: { fields: Object.keys(patch) } });
    return updated!;
  });
}

/**
 * Takes a prompt out of the rotation and the shuffle; the ideas it inspired keep it. Sites that
 * had it pinned go back to the rotation. Retiring a retired prompt changes nothing.
 */
export async function retirePrompt(db: Database, actor: Actor, prompt: PromptRow): Promise<PromptRow> {
  if (prompt.retiredAt) return prompt;
  return db.transaction(async (tx) => {
    const [retired] = await tx
      .update(prompts)
      .set({ retiredAt: new Date(), updatedAt: new Date(), version: sql`${prompts.version} + 1` })
      .where(and(eq(prompts.id, prompt.id), isNull(prompts.retiredAt)))
      .returning();
    if (!retired) return (await findPrompt(tx, prompt.id))!;
    const unpinned = await tx
      .update(sitePromptSettings)
      .set({ pinnedPromptId: null, updatedAt: new Date(), updatedById: actor.id })
      .where(eq(sitePromptSettings.pinnedPromptId, prompt.id))
      .returning({ siteId: sitePromptSettings.siteId });
    await recordAudit(tx, {
      action: 'prompt.retired', actorId: actor.id, subject: { type: 'prompt', id: prompt.id }, data: { unpinnedSiteIds: unpinned.map((row) => row.siteId) },
    });
    return retired;
  });
}

/** Brings a retired prompt back: in the library and the shuffle at once, in the rotation from next Monday. */
export async function restorePrompt(db: Database, actor: Actor, prompt: PromptRow): Promise<PromptRow> {
  if (!prompt.retiredAt) return prompt;
  return db.transaction(async (tx) => {
    const [restored] = await tx
      .update(prompts)
      .set({ retiredAt: null, inRotationSince: new Date(), updatedAt: new Date(), version: sql`${prompts.version} + 1` })
      .where(and(eq(prompts.id, prompt.id), isNotNull(prompts.retiredAt)))
      .returning();
    if (!restored) return (await findPrompt(tx, prompt.id))!;
    await recordAudit(tx, { action: 'prompt.restored', actorId: actor.id, subject: { type: 'prompt', id: prompt.id } });
    return restored;
  });
}

export type WeeklyPrompt = { prompt: PromptRow | null; source: 'pinned' | 'rotation' | 'none'; site: SiteRef | null; timeZone: string; week: LocalWeek };

const siteRef = { id: sites.id, name: sites.name, timeZone: sites.timeZone };

function pickFor(library: PromptRow[], site: SiteRef | null, timeZone: string, settings: RotationSettings | null, now: Date): WeeklyPrompt {
  const pick = promptOfTheWeek(library, { now, timeZone, scope: site?.id ?? 'organisation', settings });
  return { prompt: library.find((prompt) => prompt.id === pick.promptId) ?? null, source: pick.source, site, timeZone, week: pick.week };
}

/**
 * The prompt of the week for a site: the one asked for, else the caller's first site by name.
 * People without a site get the organisation-wide prompt: every active prompt in rotation, on
 * the organisation's default time zone (UTC before an organisation exists), never pinned.
 */
export async function weeklyPrompt(db: Db, actor: Actor, options: { siteId?: string | undefined; now: Date }): Promise<WeeklyPrompt> {
  let site: SiteRef | undefined;
  if (options.siteId) {
    [site] = await db.select(siteRef).from(sites).where(eq(sites.id, options.siteId));
    if (!site) throw invalid('query.siteId', 'No such site');
  } else if (actor.siteIds.length > 0) {
    [site] = await db.select(siteRef).from(sites).where(inArray(sites.id, [...actor.siteIds])).orderBy(asc(sites.name), asc(sites.id)).limit(1);
  }
  const library = await db.select().from(prompts);
  if (site) {
    const [settings] = await db.select().from(sitePromptSettings).where(eq(sitePromptSettings.siteId, site.id));
    return pickFor(library, site, site.timeZone, settings ?? null, options.now);
  }
  const [organisation] = await db.select({ timeZone: organisations.defaultTimeZone }).from(organisations).limit(1);
  return pickFor(library, null, organisation?.timeZone ?? 'UTC', null, options.now);
}

export type SiteSettingsRow = { site: SiteRef; pinnedPromptId: string | null; area: Area | null; thisWeek: WeeklyPrompt };

/** Every site's setting and the prompt it shows this week, by site name. */
export async function listSiteSettings(db: Db, now: Date, siteId?: string): Promise<SiteSettingsRow[]> {
  const [library, rows] = await Promise.all([
    db.select().from(prompts),
    db
      .select({ site: siteRef, pinnedPromptId: sitePromptSettings.pinnedPromptId, area: sitePromptSettings.area })
      .from(sites)
      .leftJoin(sitePromptSettings, eq(sitePromptSettings.siteId, sites.id))
      .where(siteId ? eq(sites.id, siteId) : undefined)
      .orderBy(asc(sites.name), asc(sites.id)),
  ]);
  return rows.map((row) => {
    const settings = { pinnedPromptId: row.pinnedPromptId, area: row.area };
    return { ...settings, site: row.site, thisWeek: pickFor(library, row.site, row.site.timeZone, settings, now) };
  });
}

/** Pins a prompt for a site and/or keeps its rotation to one area; both null is plain rotation. */
export async function saveSiteSettings(db: Database, actor: Actor, siteId: string, input: SitePromptSettingsInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId));
    if (!site) throw new ProblemError('not-found', 'No such site');
    if (input.pinnedPromptId) {
      const prompt = await findPrompt(tx, input.pinnedPromptId);
      if (!prompt) throw invalid('pinnedPromptId', 'No such prompt');
      if (prompt.retiredAt) throw invalid('pinnedPromptId', 'This prompt has been retired; bring it back first or choose another');
    }
    const values = { pinnedPromptId: input.pinnedPromptId, area: input.area, updatedById: actor.id, updatedAt: new Date() };
    await tx.insert(sitePromptSettings).values({ siteId, ...values }).onConflictDoUpdate({ target: sitePromptSettings.siteId, set: values });
    await recordAudit(tx, { action: 'prompt.site_settings_changed', actorId: actor.id, subject: { type: 'site', id: siteId }, data: { ...input } });
  });
}

/**
 * Another active prompt, at random: never one in `exclude` while others remain, and never the
 * first of them (the one on screen) at all, so "shuffle" always changes what the person sees.
 */
export async function shufflePrompt(db: Db, options: { exclude: string[]; area?: Area | undefined }): Promise<PromptRow | null> {
  const active = (await db.select().from(prompts).where(isNull(prompts.retiredAt)).orderBy(asc(prompts.position))).filter((prompt) =>
    suitsArea(prompt.area, options.area ?? null),
  );
  const seen = new Set(options.exclude.map((id) => id.toLowerCase()));
  const onScreen = options.exclude[0]?.toLowerCase();
  let pool = active.filter((prompt) => !seen.has(prompt.id));
  if (pool.length === 0) pool = active.filter((prompt) => prompt.id !== onScreen);
  return pool.length > 0 ? pool[randomInt(pool.length)]! : null;
}
