/** The browser's own time zone, e.g. `Europe/Lisbon`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let cachedZones: string[] | undefined;

/** Every IANA zone this browser knows, computed once. */
function knownZones(): string[] {
  cachedZones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return cachedZones;
}

/** The known zones plus any extra ones (a saved value or the browser's zone may be an alias). */
export function timeZoneOptions(extra: readonly string[]): string[] {
  const zones = knownZones();
  const missing = extra.filter((zone) => zone && !zones.includes(zone));
  return missing.length ? [...missing, ...zones] : zones;
}

const offsets = new Map<string, string>();

/** "Europe/Lisbon (GMT+1)": readable, with today's offset so people can tell zones apart. */
export function timeZoneLabel(zone: string): string {
  let offset = offsets.get(zone);
  if (offset === undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts();
      offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    } catch {
      offset = '';
    }
    offsets.set(zone, offset);
  }
  const name = zone.replaceAll('_', ' ');
  return offset ? `${name} (${offset})` : name;
}
