import { DateTime } from 'luxon';
import type { CalendarConfig } from './calendarSchema.js';
import { closingDays } from './closingDays.js';
import { statutoryHolidays } from './statutoryHolidays.js';
import { wallClock } from './zoned.js';

const MINUTE = 60_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** No calendar search goes further than this: a calendar with no office hours fails instead of looping. */
const MAX_YEARS_AHEAD = 5;
/**
 * Years are laid out lazily (≈ tens of ms each), so an absurd date (year 9999 in a bad payload) must not make the
 * calendar build thousands of them: instants further than this from the first year built are clamped to the
 * window's edge, where they behave as "very long ago" or "very far ahead".
 */
const WINDOW_YEARS = 15;

/** A local day (YYYY-MM-DD in the calendar's zone) or an instant, whose local day is meant. */
export type DayRef = string | Date;

/**
 * Office hours as a line of business time. Every instant maps to the business minutes elapsed since a fixed
 * origin (flat while closed), so that "business minutes between" is a subtraction and "add business minutes"
 * an inverse look-up: O(log n) each, and the same answer across the daylight-saving changes because the
 * opening intervals are laid out in real instants.
 */
export interface BusinessCalendar {
  readonly config: CalendarConfig;
  /** Length of a standard business day in minutes (the most common weekday's open time: 480 for 8:30–16:30). */
  readonly dayLengthMinutes: number;
  isOpen(at: Date): boolean;
  /** Whether the office opens at all on that local day (not a weekend, holiday or closing day). */
  isBusinessDay(day: DayRef): boolean;
  /** Start of the first opening interval that begins at or after `at`. */
  nextOpening(at: Date): Date;
  /** The instant at which `minutes` of office time have elapsed from `start` (the earliest such instant). */
  addBusinessMinutes(start: Date, minutes: number): Date;
  /** Office minutes in [a, b); negative when b is before a. */
  businessMinutesBetween(a: Date, b: Date): number;
  /** First opening and last closing of a local day, or undefined when the office is closed that day. */
  openingOf(day: DayRef): Date | undefined;
  closingOf(day: DayRef): Date | undefined;
  /** The local day (YYYY-MM-DD) of an instant. */
  localDay(at: Date): string;
  /** Why a local day is closed: a holiday's name, a closure's name (else 'closure'), 'weekend'; undefined when open. */
  closedBecause(day: DayRef): string | undefined;
  /** Business minutes from the origin to an instant given in epoch ms: the fast path for sweeping many items. */
  indexOf(ms: number): number;
  /** The earliest epoch ms whose index reaches `index`. */
  instantOf(index: number): number;
}

interface YearBlock {
  year: number;
  starts: number[];
  ends: number[];
  days: Map<string, [number, number]>; // local day → [first, last] interval positions within the block
  closed: Map<string, string>;
  totalMs: number;
}

function minutesOf(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return [h, m];
}

function standardDayLength(config: CalendarConfig): number {
  const counts = new Map<number, number>();
  for (const d of WEEKDAYS.slice(0, 5)) {
    const len = config.hours[d].reduce((sum, [o, c]) => {
      const [oh, om] = minutesOf(o);
      const [ch, cm] = minutesOf(c);
      return sum + ch * 60 + cm - (oh * 60 + om);
    }, 0);
    if (len > 0) counts.set(len, (counts.get(len) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts) if (n > bestCount) [best, bestCount] = [len, n];
  if (best === 0) throw new Error('the calendar has no office hours on weekdays');
  return best;
}

function buildYear(config: CalendarConfig, year: number): YearBlock {
  const holidays = statutoryHolidays(config.province, year);
  const closures = closingDays(config.closures, year);
  const openOn = new Set(config.openOn);
  const block: YearBlock = { year, starts: [], ends: [], days: new Map(), closed: new Map(), totalMs: 0 };
  const zone = config.timeZone;
  for (let d = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }); d.year === year; d = d.plus({ days: 1 })) {
    const iso = d.toISODate()!;
    const holiday = holidays.get(iso);
    const intervals = config.hours[WEEKDAYS[d.weekday - 1]!];
    const closure = closures.get(iso);
    if (closure) block.closed.set(iso, closure);
    else if (holiday && !openOn.has(iso) && !openOn.has(holiday)) block.closed.set(iso, holiday);
    else if (intervals.length === 0) block.closed.set(iso, 'weekend');
    if (block.closed.has(iso) || intervals.length === 0) continue;
    const first = block.starts.length;
    for (const [o, c] of intervals) {
      const [oh, om] = minutesOf(o);
      const [ch, cm] = minutesOf(c);
      const start = d.set({ hour: oh, minute: om }).toMillis();
      const end = d.set({ hour: ch, minute: cm }).toMillis();
      if (end <= start) continue; // an interval swallowed by a daylight-saving jump
      block.starts.push(start);
      block.ends.push(end);
      block.totalMs += end - start;
    }
    if (block.starts.length > first) block.days.set(iso, [first, block.starts.length - 1]);
  }
  return block;
}

function createCalendar(config: CalendarConfig): BusinessCalendar {
  const zone = config.timeZone;
  if (!DateTime.now().setZone(zone).isValid) throw new Error(`unknown time zone '${zone}'`);
  const dayLengthMinutes = standardDayLength(config);
  const blocks = new Map<number, YearBlock>();
  const yearStartCum = new Map<number, number>(); // cumulative ms before the year's first interval
  let minYear = 0;
  let maxYear = -1;
  // Flattened view of all blocks in order, rebuilt when a year is added; cumulative values never change,
  // so indexes handed out earlier stay valid.
  let starts = new Float64Array(0);
  let ends = new Float64Array(0);
  let cum = new Float64Array(0);
  let rangeStart = 0;
  let rangeEnd = 0;
  let windowStart = -Infinity;
  let windowEnd = Infinity;

  const yearStarts = new Map<number, number>();
  const yearStartMs = (y: number) => {
    let ms = yearStarts.get(y);
    if (ms === undefined) yearStarts.set(y, (ms = DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone }).toMillis()));
    return ms;
  };

  function addYear(y: number): void {
    const block = buildYear(config, y);
    blocks.set(y, block);
    if (maxYear < minYear) {
      minYear = maxYear = y;
      yearStartCum.set(y, 0);
    } else if (y === maxYear + 1) {
      yearStartCum.set(y, yearStartCum.get(maxYear)! + blocks.get(maxYear)!.totalMs);
      maxYear = y;
    } else if (y === minYear - 1) {
      yearStartCum.set(y, yearStartCum.get(minYear)! - block.totalMs);
      minYear = y;
    } else throw new Error('years are added next to the range');
    const n = [...blocks.values()].reduce((s, b) => s + b.starts.length, 0);
    starts = new Float64Array(n);
    ends = new Float64Array(n);
    cum = new Float64Array(n);
    let i = 0;
    for (let yy = minYear; yy <= maxYear; yy++) {
      const b = blocks.get(yy)!;
      let c = yearStartCum.get(yy)!;
      for (let k = 0; k < b.starts.length; k++, i++) {
        starts[i] = b.starts[k]!;
        ends[i] = b.ends[k]!;
        cum[i] = c;
        c += b.ends[k]! - b.starts[k]!;
      }
    }
    rangeStart = yearStartMs(minYear);
    rangeEnd = yearStartMs(maxYear + 1);
  }

  /** Lays out the years up to `ms` and returns it, clamped to the window. */
  function cover(ms: number): number {
    if (maxYear < minYear) {
      const first = DateTime.fromMillis(ms, { zone }).year;
      addYear(first);
      windowStart = yearStartMs(first - WINDOW_YEARS);
      windowEnd = yearStartMs(first + WINDOW_YEARS + 1) - 1;
    }
    const t = Math.min(Math.max(ms, windowStart), windowEnd);
    while (t < rangeStart) addYear(minYear - 1);
    while (t >= rangeEnd) addYear(maxYear + 1);
    return t;
  }

  /** Position of the last interval starting at or before ms (-1 if none). */
  function lastStartAtOrBefore(ms: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= ms) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  function indexMs(ms: number): number {
    ms = cover(ms);
    const i = lastStartAtOrBefore(ms);
    if (i < 0) return yearStartCum.get(minYear)!;
    return cum[i]! + Math.min(ms, ends[i]!) - starts[i]!;
  }

  function instantMs(indexValue: number): number {
    // Grow the range until it holds the index (forwards or backwards), within bounds.
    let guard = 0;
    while (starts.length === 0 || indexValue > cum[cum.length - 1]! + ends[ends.length - 1]! - starts[starts.length - 1]!) {
      if (++guard > MAX_YEARS_AHEAD + 1) throw new Error('no office hours within reach in this calendar');
      addYear(maxYear + 1);
    }
    guard = 0;
    while (indexValue < cum[0]!) {
      if (++guard > MAX_YEARS_AHEAD + 1) throw new Error('no office hours within reach in this calendar');
      addYear(minYear - 1);
    }
    // first interval whose end index reaches the value
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! + ends[mid]! - starts[mid]! >= indexValue) hi = mid;
      else lo = mid + 1;
    }
    return starts[lo]! + Math.max(0, indexValue - cum[lo]!);
  }

  const localDay = (at: Date) => {
    const w = wallClock(at.getTime(), zone);
    return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  };
  const dayKey = (day: DayRef) => (typeof day === 'string' ? day : localDay(day));
  const outside = (y: number): YearBlock => ({ year: y, starts: [], ends: [], days: new Map(), closed: new Map(), totalMs: 0 });
  function blockOf(day: string): YearBlock {
    const y = Number(day.slice(0, 4));
    if (!Number.isInteger(y) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`'${day}' is not a day (YYYY-MM-DD)`);
    cover(yearStartMs(y));
    return blocks.get(y) ?? outside(y);
  }

  return {
    config,
    dayLengthMinutes,
    isOpen(at) {
      const ms = cover(at.getTime());
      const i = lastStartAtOrBefore(ms);
      return i >= 0 && ms < ends[i]!;
    },
    isBusinessDay(day) {
      const key = dayKey(day);
      return blockOf(key).days.has(key);
    },
    nextOpening(at) {
      const ms = cover(at.getTime());
      let guard = 0;
      for (;;) {
        const i = lastStartAtOrBefore(ms);
        const next = i >= 0 && starts[i] === ms ? i : i + 1;
        if (next < starts.length) return new Date(starts[next]!);
        if (++guard > MAX_YEARS_AHEAD) throw new Error('no office hours within reach in this calendar');
        addYear(maxYear + 1);
      }
    },
    addBusinessMinutes(start, minutes) {
      if (minutes === 0) return new Date(start.getTime());
      return new Date(instantMs(indexMs(start.getTime()) + minutes * MINUTE));
    },
    businessMinutesBetween(a, b) {
      const ia = indexMs(a.getTime());
      const ib = indexMs(b.getTime());
      return (ib - ia) / MINUTE;
    },
    openingOf(day) {
      const key = dayKey(day);
      const b = blockOf(key);
      const span = b.days.get(key);
      return span ? new Date(b.starts[span[0]]!) : undefined;
    },
    closingOf(day) {
      const key = dayKey(day);
      const b = blockOf(key);
      const span = b.days.get(key);
      return span ? new Date(b.ends[span[1]]!) : undefined;
    },
    localDay,
    closedBecause(day) {
      const key = dayKey(day);
      return blockOf(key).closed.get(key);
    },
    indexOf: (ms) => indexMs(ms) / MINUTE,
    instantOf: (index) => instantMs(index * MINUTE),
  };
}

const cache = new Map<string, BusinessCalendar>();
// Per config object first: the pipeline asks for the calendar of the same policy object for every item.
const byObject = new WeakMap<CalendarConfig, BusinessCalendar>();

/**
 * The business calendar of a policy, built once per distinct configuration (holidays precomputed per year).
 * A changed configuration (a new closing day) is a new calendar; configurations are not mutated in place.
 */
export function businessCalendar(calendar: CalendarConfig): BusinessCalendar {
  const known = byObject.get(calendar);
  if (known) return known;
  const key = JSON.stringify(calendar);
  let cal = cache.get(key);
  if (!cal) {
    cal = createCalendar(calendar);
    cache.set(key, cal);
  }
  byObject.set(calendar, cal);
  return cal;
}
