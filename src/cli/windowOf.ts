import { DateTime } from 'luxon';
import { message } from '../messages/Message.js';
import { UserError } from '../messages/UserError.js';

/** Bare dates are days in the offices' time zone (every shipped policy is in Montréal/Toronto time). */
export const OFFICE_ZONE = 'America/Toronto';

/**
 * `--since` and `--until` as instants: a date (2026-11-01) is that day's start in the offices' zone (`--until`
 * includes its day), `30d` is thirty days before `now`. `now` is a parameter, as every time in Vigie.
 */
export function windowOf(opts: { since?: string; until?: string }, now: Date, defaultDays?: number): { since: Date; until: Date } {
  const until = opts.until === undefined ? now : instant('until', opts.until, now, true);
  const since = opts.since === undefined ? new Date(until.getTime() - (defaultDays ?? 30) * 86_400_000) : instant('since', opts.since, now, false);
  if (since.getTime() >= until.getTime()) throw new UserError(message('cli.bad-window'));
  return { since, until };
}

function instant(option: 'since' | 'until', value: string, now: Date, endOfDay: boolean): Date {
  const days = /^(\d{1,4})d$/.exec(value);
  if (days) return new Date(now.getTime() - Number(days[1]) * 86_400_000);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone: OFFICE_ZONE });
    if (day.isValid) return (endOfDay ? day.plus({ days: 1 }) : day).toJSDate();
  }
  throw new UserError(message('cli.bad-date', { option, value }));
}

/** An instant as the offices' local date, for titles. */
export function localDate(at: Date | string): string {
  return DateTime.fromJSDate(typeof at === 'string' ? new Date(at) : at, { zone: OFFICE_ZONE }).toISODate()!;
}
