import { can, type Actor } from '../policies/index.js';
import type { LibraryRow, PromptRow, SiteSettingsRow, WeeklyPrompt } from './service.js';

/** The only code that turns prompt rows into responses. */
export function presentPrompt(prompt: PromptRow) {
  return {
    id: prompt.id,
    text: prompt.text,
    area: prompt.area,
    technique: prompt.technique,
    position: prompt.position,
    active: prompt.retiredAt === null,
    retiredAt: prompt.retiredAt?.toISOString() ?? null,
    createdAt: prompt.createdAt.toISOString(),
    version: prompt.version,
  };
}

export function presentLibraryPrompt(row: LibraryRow) {
  return { ...presentPrompt(row), counts: { ideas: row.ideas, acceptedOrLater: row.acceptedOrLater, implemented: row.implemented } };
}

export const promptAbilities = (viewer: Actor) => ({ manage: can(viewer, 'prompt.manage', null) });

export function presentWeekly(weekly: WeeklyPrompt) {
  return {
    prompt: weekly.prompt ? presentPrompt(weekly.prompt) : null,
    source: weekly.source,
    site: weekly.site,
    timeZone: weekly.timeZone,
    weekStartsAt: weekly.week.startsAt.toISOString(),
    weekEndsAt: weekly.week.endsAt.toISOString(),
  };
}

export function presentSiteSettings(row: SiteSettingsRow) {
  return { site: row.site, pinnedPromptId: row.pinnedPromptId, area: row.area, thisWeek: presentWeekly(row.thisWeek) };
}
