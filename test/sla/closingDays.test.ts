import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { businessCalendar } from '../../src/sla/businessCalendar.js';
import { calendarSchema } from '../../src/sla/calendarSchema.js';
import { deadlineFor } from '../../src/sla/deadlineFor.js';
import { buildDigest } from '../../src/sla/buildDigest.js';
import { openItem } from '../../src/sla/lifecycle.js';
import { makeItem } from './makeItem.js';
import { at, local, makePolicy } from './makePolicy.js';

/** The calendar exactly as a policy file declares it, without compiling the policy's lexicons. */
const calendarOf = (id: string) => calendarSchema.parse(parse(readFileSync(new URL(`../../policies/${id}.yml`, import.meta.url), 'utf8')).calendar);
const due = (calendar: ReturnType<typeof calendarOf>, received: string) =>
  local(deadlineFor(makePolicy({ calendar }), at(received), 'comment').deadline);

describe('the Québec public service closes over the holidays (mess-quebec)', () => {
  const mess = calendarOf('mess-quebec');

  it('closes on 24, 25, 26 and 31 December and 1 and 2 January, every year, by name', () => {
    const cal = businessCalendar(mess);
    for (const y of [2025, 2026, 2030]) {
      for (const d of ['12-24', '12-26', '12-31', '01-02']) expect(cal.closedBecause(`${y}-${d}`), `${y}-${d}`).toBeDefined();
    }
    expect(cal.closedBecause('2025-12-24')).toBe('veille de Noël');
    expect(cal.closedBecause('2026-01-02')).toBe("lendemain du jour de l'An");
    expect(cal.isBusinessDay('2025-12-23')).toBe(true);
    expect(cal.isBusinessDay('2025-12-29')).toBe(true);
  });

  it('a comment received the day before the closing is due after it, not on 24 December', () => {
    // Tuesday 23 December 2025, 15:00: 1 h 30 that day, then nothing until Monday 29.
    expect(due(mess, '2025-12-23T15:00')).toBe('2025-12-29T15:00');
    // Thursday 24 December 2026 (the issue's case): the clock starts at Monday's opening.
    expect(due(mess, '2026-12-24T15:00')).toBe('2026-12-28T16:30');
    // Wednesday 30 December 2026: closed Thursday 31 and Friday 1 January.
    expect(due(mess, '2026-12-30T15:00')).toBe('2027-01-04T15:00');
  });
});

describe('the digest honours the closing (issue 16 item 7)', () => {
  it('on the first morning back, reports the last day the office was open and what fell due meanwhile', () => {
    const policy = makePolicy({ calendar: calendarOf('mess-quebec') });
    const item = openItem(makeItem(at('2025-12-23T15:00'), { status: 'received', id: 'before-closing' }), policy);
    // Monday 29 December 2025 at opening: Wednesday 24 to Friday 26 were closed.
    const digest = buildDigest([item], policy, at('2025-12-29T08:30'));
    expect(digest.previousBusinessDay).toBe('2025-12-23');
    expect(digest.dueToday.map((i) => i.id)).toEqual(['before-closing']);
    expect(digest.breached).toEqual([]);
  });
});

describe('closing days and periods a policy declares', () => {
  const base = makePolicy().calendar;
  const with_ = (closures: unknown[]) => calendarSchema.parse({ ...base, closures });

  it('a period of dates, inclusive, and a yearly period over the new year', () => {
    const dated = businessCalendar(with_([{ from: '2026-12-21', to: '2027-01-04', name: 'période des Fêtes' }]));
    expect(dated.closedBecause('2026-12-21')).toBe('période des Fêtes');
    expect(dated.closedBecause('2027-01-04')).toBe('période des Fêtes');
    expect(dated.isBusinessDay('2027-01-05')).toBe(true);
    expect(dated.isBusinessDay('2027-12-21')).toBe(true); // dated: that year only
    const yearly = businessCalendar(with_([{ from: '12-24', to: '01-02' }]));
    expect(yearly.closedBecause('2027-12-28')).toBe('closure');
    expect(yearly.closedBecause('2028-01-02')).toBe('closure');
    expect(yearly.isBusinessDay('2028-01-03')).toBe(true);
    expect(yearly.isBusinessDay('2027-12-23')).toBe(true);
  });

  it('single days as YYYY-MM-DD, MM-DD or { on, name }', () => {
    const cal = businessCalendar(with_(['2026-11-24', '03-02', { on: '2026-11-25', name: 'inventaire' }]));
    expect(cal.closedBecause('2026-11-24')).toBe('closure');
    expect(cal.closedBecause('2026-11-25')).toBe('inventaire');
    expect(cal.closedBecause('2027-03-02')).toBe('closure');
  });

  it('rejects what cannot be a closing, saying how to write it', () => {
    const problems = (closures: unknown[]) => {
      const r = calendarSchema.safeParse({ ...base, closures });
      return r.success ? [] : r.error.issues.map((i) => i.message).join(' | ');
    };
    expect(problems(['2026-02-30'])).toMatch(/no such date/);
    expect(problems(['24 décembre'])).toMatch(/YYYY-MM-DD .* or MM-DD/);
    expect(problems([{ from: '2027-01-04', to: '2026-12-21' }])).toMatch(/ends on or after/);
    expect(problems([{ from: '12-24', to: '2027-01-04' }])).toMatch(/both as YYYY-MM-DD, or both as MM-DD/);
    expect(problems([{ form: '12-24', to: '01-02' }])).not.toEqual([]);
  });
});
