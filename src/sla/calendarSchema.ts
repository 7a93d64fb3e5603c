import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'an hour as HH:MM, e.g. "08:30"');
/** One opening interval of a weekday, [open, close). Several per day allow a lunch break. */
const interval = z.tuple([hhmm, hhmm]).refine(([open, close]) => open < close, 'the closing hour must come after the opening hour');
// Intervals in order and apart, so that the calendar can lay them end to end without double-counting time.
const day = z
  .array(interval)
  .refine((xs) => xs.every((x, i) => i === 0 || xs[i - 1]![1] <= x[0]), 'intervals in order of the day, not overlapping');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A policy's business calendar: where and when its office is open (issue #3). */
export const calendarSchema = z.object({
  timeZone: z.string().default('America/Toronto'),
  /** date-holidays region: country CA, this province. */
  province: z.enum(['QC', 'ON']),
  hours: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day.default([]), sun: day.default([]) }),
  /** Extra closing days of the organization's own (YYYY-MM-DD). */
  closures: z.array(isoDay).default([]),
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
  /** Clause that states the reply promise (quote). */
  clause: z.string().optional(),
});
export type SlaConfig = z.infer<typeof slaSchema>;
