/** Business-day arithmetic in a site's own time zone (Monday to Friday; no holiday calendar yet). */
import { localDateOf, wallClock } from '../time/zones.js';

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const whole = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wallClock(whole, timeZone) - whole) / 60_000);
}

/** The instant a local wall-clock time happens in the zone (DST-aware). */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/**
 * The end (23:59 local) of the `days`-th business day after the day of `from`, in `timeZone`.
 * Something submitted on a Friday evening with a 5-day promise is due the next Friday night.
 */
export function businessDeadline(from: Date, days: number, timeZone: string): Date {
  const start = localDateOf(wallClock(from.getTime(), timeZone));
  const cursor = new Date(Date.UTC(start.year, start.month - 1, start.day));
  let remaining = days;
  while (remaining > 0) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const weekday = cursor.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return zonedInstant(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, cursor.getUTCDate(), 23, 59, timeZone);
}
