import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { businessCalendar } from '../../src/sla/businessCalendar.js';
import { statutoryHolidays } from '../../src/sla/statutoryHolidays.js';
import { at, local, makePolicy } from './makePolicy.js';

const qc = makePolicy().calendar;
const on = makePolicy({ id: 'test-on', calendar: { province: 'ON' } }).calendar;
const due = (cal: typeof qc, received: string, minutes = 480) => local(businessCalendar(cal).addBusinessMinutes(at(received), minutes));

describe('statutory holidays', () => {
  it('Québec closes on its public holidays and Easter Monday, not on Ontario-only days', () => {
    const days = [...statutoryHolidays('QC', 2026).keys()];
    expect(days).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-18',
      '2026-06-24',
      '2026-07-01',
      '2026-09-07',
      '2026-10-12',
      '2026-12-25',
    ]);
  });
  it('Ontario adds Family Day, Civic Holiday and Boxing Day; no National Holiday; no observances', () => {
    const days = [...statutoryHolidays('ON', 2026).keys()];
    expect(days).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-04-03',
      '2026-04-06',
      '2026-05-18',
      '2026-07-01',
      '2026-08-03',
      '2026-09-07',
      '2026-10-12',
      '2026-12-25',
      '2026-12-26',
    ]);
  });
});

describe('businessCalendar', () => {
  it('knows when the office is open', () => {
    const cal = businessCalendar(qc);
    expect(cal.isOpen(at('2026-11-23T08:29'))).toBe(false);
    expect(cal.isOpen(at('2026-11-23T08:30'))).toBe(true);
    expect(cal.isOpen(at('2026-11-23T16:29'))).toBe(true);
    expect(cal.isOpen(at('2026-11-23T16:30'))).toBe(false);
    expect(cal.isOpen(at('2026-11-21T10:00'))).toBe(false); // Saturday
    expect(cal.isOpen(at('2026-06-24T10:00'))).toBe(false); // Fête nationale
    expect(local(cal.nextOpening(at('2026-11-20T17:00')))).toBe('2026-11-23T08:30');
    expect(local(cal.nextOpening(at('2026-11-23T08:30')))).toBe('2026-11-23T08:30');
    expect(local(cal.closingOf('2026-11-23')!)).toBe('2026-11-23T16:30');
    expect(cal.closingOf('2026-11-22')).toBeUndefined();
    expect(cal.closedBecause('2026-06-24')).toBe('National Holiday');
    expect(cal.closedBecause('2026-11-22')).toBe('weekend');
    expect(cal.closedBecause('2026-11-23')).toBeUndefined();
    expect(cal.dayLengthMinutes).toBe(480);
  });

  it.each([
    ['Friday 15:00 → Monday 15:00', '2026-11-20T15:00', '2026-11-23T15:00'],
    ['Saturday → Monday at closing', '2026-11-21T11:00', '2026-11-23T16:30'],
    ['exactly at closing → next day at closing', '2026-11-19T16:30', '2026-11-20T16:30'],
    ['exactly at opening → same day at closing', '2026-11-19T08:30', '2026-11-19T16:30'],
    ['before opening → same day at closing', '2026-11-24T07:00', '2026-11-24T16:30'],
    ['one minute before closing', '2026-11-24T16:29', '2026-11-25T16:29'],
    ['Friday evening → Monday closing', '2026-11-20T22:00', '2026-11-23T16:30'],
  ])('one business day: %s', (_, received, expected) => {
    expect(due(qc, received)).toBe(expected);
  });

  it.each([
    ['eve of the Fête nationale (QC only)', '2026-06-23T10:00', '2026-06-25T10:00', '2026-06-24T10:00'],
    ['Friday before Family Day (ON only)', '2026-02-13T15:00', '2026-02-16T15:00', '2026-02-17T15:00'],
    ['Thursday before Good Friday and Easter Monday (both)', '2026-04-02T15:00', '2026-04-07T15:00', '2026-04-07T15:00'],
    ['Christmas Eve 2025, Boxing Day a Friday (ON only)', '2025-12-24T15:00', '2025-12-26T15:00', '2025-12-29T15:00'],
    ['Friday before the Civic Holiday (ON only)', '2026-07-31T15:00', '2026-08-03T15:00', '2026-08-04T15:00'],
    ['New Year across the year change', '2026-12-31T15:00', '2027-01-04T15:00', '2027-01-04T15:00'],
    ['Victoria Day / Journée nationale des patriotes (both)', '2026-05-15T12:00', '2026-05-19T12:00', '2026-05-19T12:00'],
    ['Easter moves: Good Friday 26 March 2027 (both)', '2027-03-25T15:00', '2027-03-30T15:00', '2027-03-30T15:00'],
  ])('holidays: %s', (_, received, inQc, inOn) => {
    expect(due(qc, received)).toBe(inQc);
    expect(due(on, received)).toBe(inOn);
  });

  it('counts real hours across the spring change (Sunday 8 March 2026)', () => {
    const cal = businessCalendar(qc);
    const deadline = cal.addBusinessMinutes(at('2026-03-06T15:00'), 480);
    expect(deadline.toISOString()).toBe('2026-03-09T19:00:00.000Z'); // 15:00 EDT (-04:00)
    expect(at('2026-03-06T15:00').toISOString()).toBe('2026-03-06T20:00:00.000Z'); // 15:00 EST (-05:00)
    expect(cal.businessMinutesBetween(at('2026-03-06T15:00'), deadline)).toBe(480);
  });

  it('counts real hours across the fall change (Sunday 1 November 2026)', () => {
    const cal = businessCalendar(qc);
    const deadline = cal.addBusinessMinutes(at('2026-10-30T15:00'), 480);
    expect(deadline.toISOString()).toBe('2026-11-02T20:00:00.000Z'); // 15:00 EST
    expect(cal.businessMinutesBetween(at('2026-10-30T16:00'), at('2026-11-02T09:00'))).toBe(60);
  });

  it('an interval spanning the jump itself lasts its real length', () => {
    const night = makePolicy({ calendar: { hours: { ...qc.hours, sun: [['01:00', '04:00']] } } }).calendar;
    const cal = businessCalendar(night);
    expect(cal.businessMinutesBetween(at('2026-03-08T00:00'), at('2026-03-08T05:00'))).toBe(120); // 2:00 → 3:00 skipped
    expect(cal.businessMinutesBetween(at('2026-11-01T00:00'), at('2026-11-01T05:00'))).toBe(240); // 1:00 → 2:00 twice
  });

  it('skips a lunch break and takes the day length from it', () => {
    const lunch: [string, string][] = [
      ['08:30', '12:00'],
      ['13:00', '16:30'],
    ];
    const cal = businessCalendar(
      makePolicy({ calendar: { hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [], sun: [] } } }).calendar,
    );
    expect(cal.dayLengthMinutes).toBe(420);
    expect(cal.isOpen(at('2026-11-23T12:30'))).toBe(false);
    expect(cal.businessMinutesBetween(at('2026-11-23T11:00'), at('2026-11-23T14:00'))).toBe(120);
    expect(local(cal.addBusinessMinutes(at('2026-11-23T11:00'), 60))).toBe('2026-11-23T12:00');
    expect(local(cal.addBusinessMinutes(at('2026-11-23T11:00'), 61))).toBe('2026-11-23T13:01');
    expect(local(cal.addBusinessMinutes(at('2026-11-23T11:00'), 420))).toBe('2026-11-24T11:00');
  });

  it("follows a change of the policy's own closing days", () => {
    expect(due(qc, '2026-11-23T15:00')).toBe('2026-11-24T15:00');
    const closed = { ...qc, closures: ['2026-11-24'] };
    expect(due(closed, '2026-11-23T15:00')).toBe('2026-11-25T15:00');
    expect(businessCalendar(closed).closedBecause('2026-11-24')).toBe('closure');
    // The earlier calendar is untouched by the new list.
    expect(due(qc, '2026-11-23T15:00')).toBe('2026-11-24T15:00');
  });

  it('opens on a statutory holiday the policy works, by date or by name', () => {
    expect(due({ ...qc, openOn: ['Easter Monday'] }, '2026-04-02T15:00')).toBe('2026-04-06T15:00');
    expect(due({ ...qc, openOn: ['2026-06-24'] }, '2026-06-23T10:00')).toBe('2026-06-24T10:00');
  });

  it('keeps its indexes stable when it reaches back to earlier years', () => {
    const cal = businessCalendar({ ...qc, closures: ['2030-01-02'] });
    const before = cal.indexOf(at('2026-11-23T10:00').getTime());
    expect(cal.businessMinutesBetween(at('2023-01-03T08:30'), at('2023-01-03T09:30'))).toBe(60);
    expect(cal.indexOf(at('2026-11-23T10:00').getTime())).toBe(before);
  });

  it('an absurd date (year 9999, year 1900) neither hangs nor throws', () => {
    const cal = businessCalendar({ ...qc, closures: ['2031-05-05'] });
    cal.indexOf(at('2026-11-23T10:00').getTime());
    const far = cal.addBusinessMinutes(new Date('9999-01-01T12:00:00Z'), 480);
    expect(far.getTime()).toBeGreaterThan(at('2040-01-01T00:00').getTime());
    expect(cal.businessMinutesBetween(new Date('1900-01-01T00:00:00Z'), at('2026-11-23T10:00'))).toBeGreaterThan(0);
    expect(cal.isBusinessDay('9999-01-04')).toBe(false);
    // Within the window the calendar stays exact.
    expect(local(cal.addBusinessMinutes(at('2026-11-20T15:00'), 480))).toBe('2026-11-23T15:00');
  });

  it('property: a deadline is never before receipt, lies in office time and is exactly one business day away', () => {
    const cal = businessCalendar(qc);
    const start = at('2025-01-01T00:00').getTime();
    const end = at('2028-01-01T00:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (ms) => {
        const received = new Date(ms);
        const deadline = cal.addBusinessMinutes(received, 480);
        expect(deadline.getTime()).toBeGreaterThan(received.getTime());
        expect(cal.businessMinutesBetween(received, deadline)).toBeCloseTo(480, 6);
        // In office time, or exactly at a closing.
        const justBefore = new Date(deadline.getTime() - 1);
        expect(cal.isOpen(justBefore)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
