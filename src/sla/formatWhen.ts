import type { Lang } from '../policy/types.js';
import { wallClock } from './zoned.js';

/** What formatWhen needs of a policy: its time zone. A Policy fits. */
export interface HasTimeZone {
  calendar: { timeZone: string };
}

export interface FormatWhenOptions {
  /** Add the year: « lundi 23 novembre 2026 à 15 h 00 ». */
  year?: boolean;
  /**
   * The reader's present: the year is added when the instant is in another year than this one (issue 16 item 9:
   * « mardi 29 décembre » read in January, or a deadline that runs into the new year, named no year).
   */
  now?: Date | number;
}

// Names written out rather than asked of Intl: a sweep may format thousands of reminders at once (the first
// after an outage) and Intl costs tens of microseconds a call; these are the Office québécois de la langue
// française forms (lower case in French).
const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * An instant as the team reads it, in the policy's time zone: « mardi 24 novembre à 15 h 00 » (French house
 * style: 24-hour clock with « h », « 1er » for the first of the month), "Tuesday, November 24 at 3:00 PM".
 */
export function formatWhen(date: Date | string, policy: HasTimeZone, lang: Lang, options: FormatWhenOptions = {}): string {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  const w = wallClock(ms, policy.calendar.timeZone);
  const weekday = WEEKDAYS[lang][w.weekday - 1]!;
  const month = MONTHS[lang][w.month - 1]!;
  const minute = String(w.minute).padStart(2, '0');
  const year =
    options.year ||
    (options.now !== undefined &&
      wallClock(typeof options.now === 'number' ? options.now : options.now.getTime(), policy.calendar.timeZone).year !== w.year);
  if (lang === 'fr') {
    return `${weekday} ${w.day === 1 ? '1er' : w.day} ${month}${year ? ` ${w.year}` : ''} à ${w.hour} h ${minute}`;
  }
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${weekday}, ${month} ${w.day}${year ? `, ${w.year}` : ''} at ${h12}:${minute} ${w.hour < 12 ? 'AM' : 'PM'}`;
}

/** A local day (YYYY-MM-DD) as « jeudi 24 décembre 2026 » / "Thursday, December 24, 2026". */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[lang][(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
  const month = MONTHS[lang][m - 1]!;
  return lang === 'fr' ? `${weekday} ${d === 1 ? '1er' : d} ${month} ${y}` : `${weekday}, ${month} ${d}, ${y}`;
}

/** A duration in business minutes as « 1 h 45 » / "1 h 45 min". */
export function formatBusinessMinutes(minutes: number, lang: Lang): string {
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (lang === 'fr') return h === 0 ? `${rest} min` : `${h} h ${String(rest).padStart(2, '0')}`;
  return h === 0 ? `${rest} min` : rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}
