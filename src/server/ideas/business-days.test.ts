import { describe, expect, it } from 'vitest';
import { businessDeadline } from './business-days.js';

describe('businessDeadline', () => {
  it('skips weekends and ends at 23:59 local time', () => {
    // Friday 2026-11-20 18:00 in Lisbon (UTC+0 in winter) + 5 business days → Friday 2026-11-27 23:59 local.
    expect(businessDeadline(new Date('2026-11-20T18:00:00Z'), 5, 'Europe/Lisbon').toISOString()).toBe('2026-11-27T23:59:00.000Z');
    // Monday + 1 → Tuesday.
    expect(businessDeadline(new Date('2026-11-23T09:00:00Z'), 1, 'Europe/Lisbon').toISOString()).toBe('2026-11-24T23:59:00.000Z');
  });

  it('counts days in the site’s own zone', () => {
    // 2026-11-20 23:30 UTC is already Saturday morning in Singapore: 1 business day → Monday 23:59 SGT (15:59 UTC).
    expect(businessDeadline(new Date('2026-11-20T23:30:00Z'), 1, 'Asia/Singapore').toISOString()).toBe('2026-11-23T15:59:00.000Z');
    // The same instant is Friday afternoon in Toronto: 1 business day → Monday 23:59 EST (04:59 UTC Tuesday).
    expect(businessDeadline(new Date('2026-11-20T23:30:00Z'), 1, 'America/Toronto').toISOString()).toBe('2026-11-24T04:59:00.000Z');
  });

  it('handles a daylight-saving change inside the window', () => {
    // Toronto leaves DST on 2026-11-01; a deadline after it uses standard time (UTC-5).
    expect(businessDeadline(new Date('2026-10-29T12:00:00Z'), 2, 'America/Toronto').toISOString()).toBe('2026-11-03T04:59:00.000Z');
  });
});
