import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Closure } from '../../src/sla/calendarSchema.js';
import type { Policy } from '../../src/policy/schema.js';
import type { ItemKind } from '../../src/moderation/Item.js';
import { businessCalendar } from '../../src/sla/businessCalendar.js';
import { budgetMinutes, deadlineFor } from '../../src/sla/deadlineFor.js';
import { staffedAt } from '../../src/sla/staffedAt.js';
import { sweep } from '../../src/sla/sweep.js';
import { offsetMinutes } from '../../src/sla/zoned.js';
import { at, local, makePolicy } from './makePolicy.js';
import { makeItem } from './makeItem.js';

const STEP = 5 * 60_000; // the reminder tick (reminderCron)
const DAY = 24 * 3_600_000;

describe('staffedAt', () => {
  const day: [string, string][] = [
    ['08:30', '12:00'],
    ['13:00', '16:30'],
  ];
  const cal = businessCalendar(makePolicy({ calendar: { hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] } } }).calendar);
  const said = (wall: string) => local(new Date(staffedAt(cal, at(wall).getTime())));

  it('keeps an instant while the office is open, its opening minute included', () => {
    expect(said('2026-11-23T08:30')).toBe('2026-11-23T08:30');
    expect(said('2026-11-23T11:55')).toBe('2026-11-23T11:55');
  });

  it('moves the closing minute and what follows to the next opening: after lunch, the next morning, after a weekend or a holiday', () => {
    expect(said('2026-11-23T12:00')).toBe('2026-11-23T13:00');
    expect(said('2026-11-23T16:30')).toBe('2026-11-24T08:30');
    expect(said('2026-11-20T16:30')).toBe('2026-11-23T08:30');
    expect(said('2026-06-23T16:30')).toBe('2026-06-25T08:30'); // Fête nationale
    expect(said('2026-03-06T16:30')).toBe('2026-03-09T08:30'); // clocks go forward on the Sunday
  });
});

/** What the sweep sends for one item, ticking every five minutes from arrival to deadline (nights included). */
function sentFor(policy: Policy, received: Date, kind: ItemKind): string[] {
  const item = makeItem(received, { kind });
  const deadline = deadlineFor(policy, received, kind).deadline.getTime();
  const sent = new Set<string>();
  const fired: string[] = [];
  for (let t = received.getTime(); t <= deadline; t += STEP) {
    for (const r of sweep([item], policy, new Date(t), sent)) {
      sent.add(r.mark);
      fired.push(`${r.kind} ${local(new Date(t))}`);
    }
  }
  return fired;
}

function plannedFor(policy: Policy, received: Date, kind: ItemKind): string[] {
  const plan = deadlineFor(policy, received, kind);
  return [...plan.reminders.map((r) => `${r.kind} ${local(r.at)}`), `breached ${local(plan.deadline)}`];
}

type Hours = Policy['calendar']['hours'];
const week = (day: [string, string][], weekend: [string, string][] = []): Hours => ({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: day,
  sat: weekend,
  sun: weekend,
});
/** Office hours with each kind of boundary: plain days, a lunch break, a short Friday, and hours across 2:00 on Sundays. */
const HOURS: Record<string, Hours> = {
  plain: week([['08:30', '16:30']]),
  lunch: week([
    ['08:30', '12:00'],
    ['13:00', '16:30'],
  ]),
  shortFriday: { ...week([['08:30', '16:30']]), fri: [['08:30', '09:30']] },
  nightsOnSundays: week([['08:30', '16:30']], [['00:30', '03:30']]),
  everyDay: week([['00:30', '23:30']], [['00:30', '23:30']]),
};

const BOUNDARY_KINDS = ['overnight', 'weekend', 'holiday', 'lunch', 'dst'] as const;
type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

/** Every closing minute of 2026 in a calendar, by what follows it until the next opening. */
const boundariesByCalendar = new Map<string, Map<BoundaryKind, number[]>>();
function boundaries(policy: Policy): Map<BoundaryKind, number[]> {
  const key = JSON.stringify(policy.calendar);
  let found = boundariesByCalendar.get(key);
  if (found) return found;
  const cal = businessCalendar(policy.calendar);
  const zone = policy.calendar.timeZone;
  found = new Map(BOUNDARY_KINDS.map((k) => [k, []]));
  const end = at('2027-01-01T00:00').getTime();
  // The closing before each opening is the earliest instant with the opening's business time (flat while closed).
  for (let opening = cal.nextOpening(at('2026-01-01T00:00')).getTime(); opening < end; opening = cal.nextOpening(new Date(opening + 1)).getTime()) {
    const t = cal.instantOf(cal.indexOf(opening));
    if (t === opening) continue; // the first opening of all
    const between: string[] = [];
    for (let d = t + DAY; cal.localDay(new Date(d)) < cal.localDay(new Date(opening)); d += DAY) between.push(cal.closedBecause(new Date(d)) ?? '');
    const kind: BoundaryKind =
      offsetMinutes(t - 3 * 3_600_000, zone) !== offsetMinutes(opening, zone)
        ? 'dst'
        : cal.localDay(new Date(t)) === cal.localDay(new Date(opening))
          ? 'lunch'
          : between.some((why) => why !== 'weekend')
            ? 'holiday'
            : between.length > 0
              ? 'weekend'
              : 'overnight';
    found.get(kind)!.push(t);
  }
  boundariesByCalendar.set(key, found);
  return found;
}

describe('property: at every kind of boundary, the sweep sends what deadlineFor plans, when it plans it', () => {
  const arbitraryPolicy = (boundary: BoundaryKind) =>
    fc
      .record({
        hours: fc.constantFrom(
          ...Object.keys(HOURS).filter((h) => (boundary === 'lunch' ? h === 'lunch' : boundary === 'weekend' ? h !== 'everyDay' : true)),
        ),
        province: fc.constantFrom<'QC' | 'ON'>('QC', 'ON'),
        // Closing days of the office's own: the Friday before a change of time, and bridges next to holidays; and
        // periods (issue 16): a yearly holiday closing over the new year, a fortnight in summer, a DST weekend's Monday.
        closures: fc.constantFrom<Closure[]>(
          [],
          ['2026-03-06', '2026-07-03', '2026-10-30', '2026-12-24'],
          [{ from: '12-24', to: '01-02', name: 'période des Fêtes' }, { from: '2026-07-20', to: '2026-07-31' }, { on: '2026-03-09' }],
        ),
        businessDays: fc.constantFrom(0.25, 0.5, 1, 2),
        dueSoon: fc.subarray([30, 60, 120, 240], { minLength: 1 }),
        beforeClosing: fc.constantFrom(15, 30, 45, 90),
      })
      .map((c) =>
        makePolicy({
          calendar: { province: c.province, hours: HOURS[c.hours]!, closures: c.closures },
          sla: {
            targets: { comment: { businessDays: c.businessDays }, message: { businessDays: 1 } },
            reminders: { dueSoonMinutes: c.dueSoon, beforeClosingMinutes: c.beforeClosing },
          },
        }),
      );

  // One property per kind of boundary, so that each kind is drawn by construction, not by luck; 60 arrivals each,
  // with random calendars, targets and thresholds: about 4 s of CPU in all, most of it laying out the twenty calendars.
  it.each(BOUNDARY_KINDS)(
    'closing before %s',
    (boundary) => {
      fc.assert(
        fc.property(
          arbitraryPolicy(boundary),
          fc.nat(),
          fc.constantFrom('due-soon', 'before-closing', 'deadline'),
          fc.nat(),
          fc.integer({ min: -3, max: 3 }),
          (policy, which, lands, threshold, jitter) => {
            // An arrival whose reminder (or deadline) falls on a closing of this kind, give or take a few ticks.
            const closings = boundaries(policy).get(boundary)!;
            fc.pre(closings.length > 0);
            const cal = businessCalendar(policy.calendar);
            const b = cal.indexOf(closings[which % closings.length]!);
            const budget = budgetMinutes(policy, 'comment');
            const thresholds = policy.sla.reminders.dueSoonMinutes;
            const shift = lands === 'due-soon' ? thresholds[threshold % thresholds.length]! : lands === 'before-closing' ? 60 : 0;
            const received = new Date(cal.instantOf(b - budget + shift) + jitter * STEP);
            // Reminders due at the same tick come in no particular order: compared by time, then kind.
            const byTime = (xs: string[]) => xs.map((x) => x.split(' ').reverse().join(' ')).sort();
            expect(byTime(sentFor(policy, received, 'comment'))).toEqual(byTime(plannedFor(policy, received, 'comment')));
          },
        ),
        { numRuns: 60 },
      );
    },
    120_000,
  ); // the first lays out most calendars: seconds of CPU, far more on a busy machine
});
