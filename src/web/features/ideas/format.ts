/** A moment, in the reader's own locale and time zone. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A calendar day (`YYYY-MM-DD`), shown as that same day wherever the reader is. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Date(year, month - 1, date).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** Tomorrow as `YYYY-MM-DD` in the reader's time zone: the earliest revisit date. */
export function tomorrow(): string {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A near date with its weekday, e.g. "Fri 27 Nov", in the reader's locale. */
export function formatDueDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

const DAY_MS = 86_400_000;

/** Whole days since `iso`, at least 1: how late something past due is. */
export function daysLate(iso: string, now: number = Date.now()): number {
  return Math.max(1, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}

/** A file size as people read it ("320 KB", "4.2 MB"), in binary units like the 10 MB limit. */
export function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
