import { DateTime } from 'luxon';
import type { Lang } from '../policy/types.js';

/** What formatWhen needs of a policy: its time zone. A Policy fits. */
export interface HasTimeZone {
  calendar: { timeZone: string };
}

export interface FormatWhenOptions {
  /** Add the year: « lundi 23 novembre 2026 à 15 h 00 ». */
  year?: boolean;
}

/**
 * An instant as the team reads it, in the policy's time zone: « mardi 24 novembre à 15 h 00 » (French house
 * style: 24-hour clock with « h », « 1er » for the first of the month), "Tuesday, November 24 at 3:00 PM".
 */
export function formatWhen(date: Date | string, policy: HasTimeZone, lang: Lang, options: FormatWhenOptions = {}): string {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  const d = DateTime.fromMillis(ms, { zone: policy.calendar.timeZone });
  if (lang === 'fr') {
    const fr = d.setLocale('fr-CA');
    const day = d.day === 1 ? '1er' : String(d.day);
    const year = options.year ? ` ${d.year}` : '';
    return `${fr.toFormat('cccc')} ${day} ${fr.toFormat('LLLL')}${year} à ${d.hour} h ${String(d.minute).padStart(2, '0')}`;
  }
  const en = d.setLocale('en-CA');
  return `${en.toFormat('cccc, LLLL d')}${options.year ? `, ${d.year}` : ''} at ${en.toFormat('h:mm')} ${d.hour < 12 ? 'AM' : 'PM'}`;
}

/** A duration in business minutes as « 1 h 45 » / "1 h 45 min". */
export function formatBusinessMinutes(minutes: number, lang: Lang): string {
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (lang === 'fr') return h === 0 ? `${rest} min` : `${h} h ${String(rest).padStart(2, '0')}`;
  return h === 0 ? `${rest} min` : rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
