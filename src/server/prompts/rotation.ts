import type { Area, PromptArea } from '../db/schema/index.js';
import { localDateOf, wallClock, type LocalDate } from '../time/zones.js';

/**
 * The prompt of the week, as pure functions of the clock: no database, no `Date.now()`, so
 * tests can move `now` across a Monday in any time zone.
 *
 * A week runs from Monday 00:00 to the next Monday 00:00 on the site's own clock (167 or 169
 * hours when the clocks change). Weeks are numbered without a break since the Monday
 * 1970-01-05, so the rotation never jumps at New Year the way ISO week numbers (52 or 53 a
 * year) would.
 */

const DAY_MS = 86_400_000;
/** Week 0 began on Monday 1970-01-05. */
const EPOCH_MONDAY = Date.UTC(1970, 0, 5);

export type LocalWeek = {
  /** Monday 00:00 on the local clock (or the first instant of that Monday, if midnight was skipped). */
  startsAt: Date;
  /** The next Monday 00:00: the first instant that is no longer this week. */
  endsAt: Date;
  /** Weeks since Monday 1970-01-05, counted on the local calendar. */
  number: number;
  /** The local Monday, YYYY-MM-DD. */
  monday: string;
};

/**
 * The first instant of a local calendar day. Usually its 00:00; where the clocks jump forward
 * at midnight (a few zones do), the moment of the jump; where midnight happens twice, the first.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  // The zone's offsets around that day: at most two different ones when the clocks change.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => wallClock(midnight + shift, timeZone) - (midnight + shift)));
  const candidates = [...offsets].map((offset) => midnight - offset).sort((a, b) => a - b);
  const exact = candidates.find((instant) => wallClock(instant, timeZone) === midnight);
  if (exact !== undefined) return new Date(exact);
  // Midnight was skipped: the day starts when the clocks jumped, the earliest instant already on that day.
  const sameDay = candidates.filter((instant) => {
    const wall = wallClock(instant, timeZone);
    return wall >= midnight && wall < midnight + DAY_MS;
  });
  return new Date(sameDay[0] ?? candidates[0]!);
}

/** The local week (Monday to Monday in `timeZone`) that contains `now`. */
export function weekContaining(now: Date, timeZone: string): LocalWeek {
  const today = localDateOf(wallClock(now.getTime(), timeZone));
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const sinceMonday = (new Date(todayUtc).getUTCDay() + 6) % 7;
  const mondayUtc = todayUtc - sinceMonday * DAY_MS;
  const monday = localDateOf(mondayUtc);
  return {
    startsAt: startOfLocalDay(monday, timeZone),
    endsAt: startOfLocalDay(localDateOf(mondayUtc + 7 * DAY_MS), timeZone),
    number: Math.round((mondayUtc - EPOCH_MONDAY) / (7 * DAY_MS)),
    monday: new Date(mondayUtc).toISOString().slice(0, 10),
  };
}

/** A small, stable number per site (FNV-1a of its id), so sites start at different places in the rotation. */
export function rotationOffset(scope: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < scope.length; index += 1) {
    hash ^= scope.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export type RotationPrompt = {
  id: string;
  area: PromptArea;
  position: number;
  inRotationSince: Date;
  retiredAt: Date | null;
};

export type RotationSettings = { pinnedPromptId: string | null; area: Area | null };

export type WeeklyPick = {
  promptId: string | null;
  /** `pinned`: an admin chose it for the site; `rotation`: its turn this week; `none`: the library is empty. */
  source: 'pinned' | 'rotation' | 'none';
  week: LocalWeek;
};

const activeAt = (prompt: RotationPrompt, at: Date) => prompt.retiredAt === null || prompt.retiredAt > at;
const byPosition = (a: RotationPrompt, b: RotationPrompt) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether a prompt suits an area: its own area, or prompts written for any area. */
export const suitsArea = (promptArea: PromptArea, area: Area | null) => area === null || promptArea === area || promptArea === 'any';

/**
 * Which prompt a site shows in the week containing `now`.
 *
 * A prompt pinned by an admin wins while it is active. Otherwise the site walks the library in
 * order, one prompt a week, starting at its own offset. The cycle is the prompts that were in
 * the rotation when the week began, so adding or bringing back a prompt mid-week never changes
 * this week's prompt (it joins next Monday); retiring this week's prompt moves the site on to
 * the next one. An area restriction keeps the cycle to prompts of that area and prompts for any
 * area. A library with nothing in the cycle yet (a fresh install) uses every active prompt.
 */
export function promptOfTheWeek(
  library: readonly RotationPrompt[],
  options: { now: Date; timeZone: string; scope: string; settings: RotationSettings | null },
): WeeklyPick {
  const { now, timeZone, scope, settings } = options;
  const week = weekContaining(now, timeZone);
  const pinned = settings?.pinnedPromptId ? library.find((prompt) => prompt.id === settings.pinnedPromptId) : undefined;
  if (pinned && activeAt(pinned, now)) return { promptId: pinned.id, source: 'pinned', week };

  const area = settings?.area ?? null;
  const inArea = library.filter((prompt) => suitsArea(prompt.area, area));
  const pool = inArea.some((prompt) => activeAt(prompt, now)) ? inArea : library;
  let cycle = pool.filter((prompt) => prompt.inRotationSince < week.startsAt && activeAt(prompt, week.startsAt)).sort(byPosition);
  if (!cycle.some((prompt) => activeAt(prompt, now))) cycle = pool.filter((prompt) => activeAt(prompt, now)).sort(byPosition);
  if (cycle.length === 0) return { promptId: null, source: 'none', week };

  const start = (((week.number + rotationOffset(scope)) % cycle.length) + cycle.length) % cycle.length;
  for (let step = 0; step < cycle.length; step += 1) {
    const candidate = cycle[(start + step) % cycle.length]!;
    if (activeAt(candidate, now)) return { promptId: candidate.id, source: 'rotation', week };
  }
  return { promptId: null, source: 'none', week };
}
