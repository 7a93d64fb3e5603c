import type { LanguageCues } from './draftingData.js';
import { findCues, fold } from './words.js';
import type { Unit } from './clauses.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export type Hours = Partial<Record<Day, [string, string][]>>;

export interface StatedHours {
  /** Opening intervals by day, as the document states them; absent when it states no hour. */
  hours?: Hours;
  /** Days stated without hours (« du lundi au vendredi (à l'exception des jours fériés) »). */
  daysOnly?: Day[];
  /** The sentences they were read from. */
  quotes: string[];
  /** The document says the office is closed on (statutory) holidays. */
  holidays: boolean;
  holidaysQuote?: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Times and ranges of times in a sentence: « de 8 h 30 à 16 h 30 », « de 8 h à midi et de 13 h à 17 h »,
 * "8:30 a.m. to 4:30 p.m.", "9 am - 5 pm". The shapes of a time are the same in both languages; the words (midi,
 * noon, à, to) come from the language's data.
 */
function rangePattern(cues: LanguageCues): RegExp {
  const words = (xs: string[]) => xs.map(esc).join('|');
  const time = `(?:\\d{1,2}\\s?(?:h|H)(?:\\s?\\d{2})?(?![\\p{L}])|\\d{1,2}:\\d{2}(?:\\s?[aApP]\\.?\\s?[mM]\\.?)?|\\d{1,2}\\s?[aApP]\\.?\\s?[mM]\\.?|(?:${words([...cues.hours.noon, ...cues.hours.midnight])})(?![\\p{L}]))`;
  return new RegExp(`(${time})\\s?(?:(?:${words(cues.hours.through)})(?![\\p{L}])|[-–—])\\s?(${time})`, 'giu');
}

function parseTime(t: string, cues: LanguageCues): { h: number; m: number; ampm?: 'a' | 'p' } | undefined {
  const f = fold(t.trim());
  if (cues.hours.noon.some((w) => fold(w) === f)) return { h: 12, m: 0, ampm: 'p' };
  if (cues.hours.midnight.some((w) => fold(w) === f)) return { h: 24, m: 0 };
  const m = /^(\d{1,2})\s?(?:h|:)?\s?(\d{2})?\s?(?:([ap])\.?\s?m\.?)?$/i.exec(f);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 24 || min > 59) return undefined;
  return { h, m: min, ...(m[3] ? { ampm: m[3].toLowerCase() as 'a' | 'p' } : {}) };
}

function to24(t: { h: number; m: number; ampm?: 'a' | 'p' }): number {
  let h = t.h;
  if (t.ampm === 'p' && h < 12) h += 12;
  if (t.ampm === 'a' && h === 12) h = 0;
  return h * 60 + t.m;
}

/** In order of the day, an interval that overlaps the one before it left out. */
function intervalsOf(ranges: [number, number][]): [string, string][] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  return sorted.filter((r, i) => i === 0 || sorted[i - 1]![1] <= r[0]).map(([a, b]) => [hhmm(a), hhmm(b)]);
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The days a sentence names, each group with where it starts: « du lundi au mercredi », « le jeudi », "Monday to
 * Friday", « en semaine ». A sentence may give several groups, each followed by its own hours.
 */
function dayGroups(unit: Unit, cues: LanguageCues): { days: Day[]; at: number; end: number }[] {
  const ws = unit.words;
  const through = new Set(cues.hours.through.map(fold));
  const groups: { days: Day[]; at: number; end: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    const d = cues.hours.days.get(ws[i]!.text) as Day | undefined;
    if (!d) continue;
    const next = ws[i + 1];
    const after = ws[i + 2];
    const end = after ? (cues.hours.days.get(after.text) as Day | undefined) : undefined;
    const days: Day[] = [];
    if (next && through.has(next.text) && end) {
      const a = DAYS.indexOf(d);
      const b = DAYS.indexOf(end);
      for (let k = a; k <= (b >= a ? b : b + 7); k++) days.push(DAYS[k % 7]!);
      groups.push({ days, at: ws[i]!.start, end: ws[i + 2]!.end });
      i += 2;
      continue;
    }
    // « lundi, mardi et jeudi »: a day right after another group's last day, with only a comma or « et » between.
    const last = groups[groups.length - 1];
    if (last && /^\s*(?:,|et|and|&)?\s*$/iu.test(unit.text.slice(last.end, ws[i]!.start))) {
      last.days.push(d);
      last.end = ws[i]!.end;
    } else groups.push({ days: [d], at: ws[i]!.start, end: ws[i]!.end });
  }
  if (groups.length === 0) {
    const hit = findCues(cues.hours.weekdays, ws)[0];
    if (hit) groups.push({ days: [...DAYS.slice(0, 5)], at: ws[hit.from]!.start, end: ws[hit.to - 1]!.end });
  }
  return groups;
}

export function statedHours(all: Unit[], cues: LanguageCues): StatedHours {
  const pattern = rangePattern(cues);
  const hours: Hours = {};
  const quotes: string[] = [];
  let daysOnly: Day[] | undefined;
  let timesWithoutDays: [string, string][] | undefined;
  let holidaysQuote: string | undefined;
  for (const unit of all) {
    const groups = dayGroups(unit, cues);
    // Each range belongs to the days named last before it (the first group when the hours come first).
    const owned = new Map<number, [number, number][]>();
    const ranges: [number, number][] = [];
    for (const m of unit.text.matchAll(pattern)) {
      const a = parseTime(m[1]!, cues);
      const b = parseTime(m[2]!, cues);
      if (!a || !b) continue;
      // "9 to 5 p.m.": the first time takes the morning when the second is in the afternoon and would come before.
      if (!a.ampm && b.ampm === 'p' && a.h < 12 && a.h > b.h) a.ampm = 'a';
      const from = to24(a);
      const to = to24(b);
      if (!(from < to && to <= 24 * 60)) continue;
      const range: [number, number] = [from, Math.min(to, 24 * 60 - 1)];
      ranges.push(range);
      let owner = 0;
      groups.forEach((g, i) => {
        if (g.at <= m.index) owner = i;
      });
      owned.set(owner, [...(owned.get(owner) ?? []), range]);
    }
    const days = groups.flatMap((g) => g.days);
    const holiday = findCues(cues.hours.holidays, unit.words).length > 0;
    if (holiday && !holidaysQuote && (days.length > 0 || ranges.length > 0 || /f[ée]ri|holiday/i.test(unit.text))) holidaysQuote = unit.text;
    if (ranges.length === 0) {
      if (days.length > 0 && !daysOnly && holiday) daysOnly = days;
      continue;
    }
    if (days.length === 0) {
      timesWithoutDays ??= intervalsOf(ranges);
      if (!quotes.includes(unit.text)) quotes.push(unit.text);
      continue;
    }
    let used = false;
    groups.forEach((g, i) => {
      const own = owned.get(i) ?? [];
      if (own.length === 0) return;
      for (const d of g.days) {
        if (hours[d]) continue;
        hours[d] = intervalsOf(own);
        used = true;
      }
    });
    if (used && !quotes.includes(unit.text)) quotes.push(unit.text);
  }
  const anyDay = Object.keys(hours).length > 0;
  if (!anyDay && timesWithoutDays) for (const d of daysOnly ?? DAYS.slice(0, 5)) hours[d] = timesWithoutDays;
  const stated = Object.keys(hours).length > 0;
  return {
    ...(stated ? { hours } : {}),
    ...(!stated && daysOnly ? { daysOnly } : {}),
    quotes: stated ? quotes : daysOnly && holidaysQuote ? [holidaysQuote] : [],
    holidays: holidaysQuote !== undefined,
    ...(holidaysQuote ? { holidaysQuote } : {}),
  };
}
