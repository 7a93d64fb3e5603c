import { DateTime } from 'luxon';

/** Wall-clock fields of an instant in a zone. `weekday`: 1 = Monday … 7 = Sunday (ISO, as luxon). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

// Asking the zone database for an offset (luxon → Intl) costs tens of microseconds; a sweep may need it for
// thousands of reminders. Offsets only change on quarter-hour boundaries in UTC (DST changes happen at whole or
// half hours everywhere), so one look-up per zone and quarter hour is exact. A miss looks up the first and last
// quarter of its UTC day and, when they agree (every day but the two changes of a year: no zone changes twice in
// a day), fills the whole day: a calendar year walked quarter by quarter costs 730 look-ups instead of 35,040
// (about a second of the exhaustive plan-versus-sweep test, test/sla/planAgreesWithSweep.test.ts).
const QUARTER = 15 * 60_000;
const QUARTERS_A_DAY = 96;
const offsets = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at an instant (e.g. -300 for EST, -240 for EDT). */
export function offsetMinutes(ms: number, zone: string): number {
  let perZone = offsets.get(zone);
  if (!perZone) offsets.set(zone, (perZone = new Map()));
  const bucket = Math.floor(ms / QUARTER);
  let offset = perZone.get(bucket);
  if (offset === undefined) {
    if (perZone.size > 200_000) perZone.clear(); // bounded: a few years of quarter hours
    const lookUp = (b: number) => DateTime.fromMillis(b * QUARTER, { zone }).offset;
    const first = bucket - (((bucket % QUARTERS_A_DAY) + QUARTERS_A_DAY) % QUARTERS_A_DAY);
    const last = first + QUARTERS_A_DAY - 1;
    const atFirst = lookUp(first);
    if (atFirst === lookUp(last)) for (let b = first; b <= last; b++) perZone.set(b, atFirst);
    else perZone.set(bucket, lookUp(bucket));
    offset = perZone.get(bucket)!;
  }
  return offset;
}

export function wallClock(ms: number, zone: string): WallClock {
  const d = new Date(ms + offsetMinutes(ms, zone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the zone's offset at that instant: `2026-11-23T15:00:00.000-05:00` (what luxon's toISO gives). */
export function isoInZone(ms: number | Date, zone: string): string {
  const t = typeof ms === 'number' ? ms : ms.getTime();
  const off = offsetMinutes(t, zone);
  const local = new Date(t + off * 60_000).toISOString().slice(0, 23);
  if (zone === 'UTC' || zone === 'Etc/UTC') return `${local}Z`; // as luxon writes it
  return `${local}${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}
