import { DateTime } from 'luxon';
import { z } from 'zod';
import { PROVINCES } from './provinces.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'an hour as HH:MM, e.g. "08:30"');
/** One opening interval of a weekday, [open, close). Several per day allow a lunch break. */
const interval = z.tuple([hhmm, hhmm]).refine(([open, close]) => open < close, 'the closing hour must come after the opening hour');
// Intervals in order and apart, so that the calendar can lay them end to end without double-counting time.
const day = z.array(interval).refine((xs) => xs.every((x, i) => i === 0 || xs[i - 1]![1] <= x[0]), 'intervals in order of the day, not overlapping');

/** A day of the calendar: `2026-12-24` once, or `12-24` every year. A date that does not exist is an error. */
const closingDay = z
  .string()
  .regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'a date as YYYY-MM-DD (that year) or MM-DD (every year), e.g. "2026-12-24" or "12-24"')
  .refine((d) => DateTime.fromISO(d.length === 5 ? `2024-${d}` : d).isValid, 'no such date');

/**
 * An office's own closing day or period (issue 16): a day, or `{ on, name }`, or `{ from, to, name }` (inclusive).
 * Days given as MM-DD recur every year; an MM-DD period may run over the new year (`from: "12-24", to: "01-02"`).
 */
export const closureSchema = z.union([
  closingDay,
  z.strictObject({ on: closingDay, name: z.string().min(1).optional() }),
  z
    .strictObject({ from: closingDay, to: closingDay, name: z.string().min(1).optional() })
    .refine((p) => p.from.length === p.to.length, 'from and to both as YYYY-MM-DD, or both as MM-DD (every year)')
    .refine((p) => p.from.length === 5 || p.from <= p.to, 'a period ends on or after the day it starts'),
]);
export type Closure = z.infer<typeof closureSchema>;

/** A policy's business calendar: where and when its office is open (issue #3). */
export const calendarSchema = z.object({
  timeZone: z.string().default('America/Toronto'),
  /** date-holidays region: country CA, this province or territory (any of the thirteen). */
  province: z.enum(PROVINCES),
  hours: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day.default([]), sun: day.default([]) }),
  /** Closing days and periods of the organization's own, on top of the statutory holidays (see closureSchema). */
  closures: z.array(closureSchema).default([]),
  /** Statutory holidays the library marks that this office works anyway (YYYY-MM-DD or holiday name). */
  openOn: z.array(z.string()).default([]),
});
export type CalendarConfig = z.infer<typeof calendarSchema>;

const target = z.object({ businessDays: z.number().positive() });

/** Reply targets and reminder settings. */
export const slaSchema = z.object({
  targets: z.object({ comment: target, message: target }),
  reminders: z
    .object({
      /** Remind when an open item's remaining business time drops under each of these (minutes). */
      dueSoonMinutes: z.array(z.number().int().positive()).default([120]),
      /** Minutes before closing to list the items to answer before leaving. */
      beforeClosingMinutes: z.number().int().positive().default(30),
    })
    .prefault({}),
  /**
   * Finding categories whose reply is due on receipt, whatever the hour (issue 16 item 9): the item is announced at
   * once and its deadline is the instant it arrived, not office time later. Emergencies by default.
   */
  immediate: z.array(z.string().min(1)).default(['emergency']),
  /** Clause that states the reply promise (quote). */
  clause: z.string().optional(),
});
export type SlaConfig = z.infer<typeof slaSchema>;
