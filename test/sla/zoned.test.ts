import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isoInZone, wallClock } from '../../src/sla/zoned.js';

describe('zoned', () => {
  it('gives the offset on both sides of each daylight-saving change', () => {
    expect(isoInZone(Date.parse('2026-03-08T06:59:59.999Z'), 'America/Toronto')).toBe('2026-03-08T01:59:59.999-05:00');
    expect(isoInZone(Date.parse('2026-03-08T07:00:00Z'), 'America/Toronto')).toBe('2026-03-08T03:00:00.000-04:00');
    expect(isoInZone(Date.parse('2026-11-01T05:59:00Z'), 'America/Toronto')).toBe('2026-11-01T01:59:00.000-04:00');
    expect(isoInZone(Date.parse('2026-11-01T06:00:00Z'), 'America/Toronto')).toBe('2026-11-01T01:00:00.000-05:00');
    expect(isoInZone(Date.parse('2026-07-01T12:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T09:30:00.000-02:30');
  });

  it('property: agrees with luxon for any instant and zone', () => {
    const zones = ['America/Toronto', 'America/St_Johns', 'America/Halifax', 'America/Regina', 'Europe/Paris', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2032-01-01') }), fc.constantFrom(...zones), (ms, zone) => {
        const d = DateTime.fromMillis(ms, { zone });
        expect(isoInZone(ms, zone)).toBe(d.toISO());
        const w = wallClock(ms, zone);
        expect([w.year, w.month, w.day, w.weekday, w.hour, w.minute]).toEqual([d.year, d.month, d.day, d.weekday, d.hour, d.minute]);
      }),
      { numRuns: 2000 },
    );
  });
});
