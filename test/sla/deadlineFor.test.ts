import { describe, expect, it } from 'vitest';
import { deadlineFor } from '../../src/sla/deadlineFor.js';
import { at, local, makePolicy } from './makePolicy.js';

describe('deadlineFor', () => {
  const policy = makePolicy();

  it('gives the INTERFACE.md examples', () => {
    expect(local(deadlineFor(policy, at('2026-11-20T15:00'), 'comment').deadline)).toBe('2026-11-23T15:00');
    expect(local(deadlineFor(policy, at('2026-11-21T10:00'), 'comment').deadline)).toBe('2026-11-23T16:30');
    expect(local(deadlineFor(policy, at('2026-06-23T15:00'), 'comment').deadline)).toBe('2026-06-25T15:00');
  });

  it('uses the per-kind target (Baie-Comeau: private messages in up to 48 h, two business days)', () => {
    const bc = makePolicy({ sla: { targets: { comment: { businessDays: 1 }, message: { businessDays: 2 } } } });
    expect(local(deadlineFor(bc, at('2026-11-23T10:00'), 'comment').deadline)).toBe('2026-11-24T10:00');
    expect(local(deadlineFor(bc, at('2026-11-23T10:00'), 'message').deadline)).toBe('2026-11-25T10:00');
    const half = makePolicy({ sla: { targets: { comment: { businessDays: 0.5 }, message: { businessDays: 1 } } } });
    expect(local(deadlineFor(half, at('2026-11-23T10:00'), 'comment').deadline)).toBe('2026-11-23T14:00');
  });

  it('plans the due-soon reminder two business hours ahead and the before-closing one the evening before', () => {
    const r = deadlineFor(policy, at('2026-11-23T09:00'), 'comment'); // due Tuesday 9:00
    expect(local(r.deadline)).toBe('2026-11-24T09:00');
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([
      ['due-soon', '2026-11-23T15:00'],
      ['before-closing', '2026-11-23T16:00'],
    ]);
    expect(r.remindAt.map(local)).toEqual(['2026-11-23T15:00', '2026-11-23T16:00']);
  });

  it('says a threshold crossed at the closing minute at the next opening (issue 19), and none before-closing when staff have time', () => {
    // Friday, due Monday 10:30: two business hours are left from Friday's closing on, when nobody is there.
    const r = deadlineFor(policy, at('2026-11-20T10:30'), 'comment');
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([['due-soon', '2026-11-23T08:30']]);
    // The eve of a holiday (Ontario, Canada Day): Tuesday 30 June → Thursday 2 July at opening.
    const on = makePolicy({ calendar: { province: 'ON' } });
    const holiday = deadlineFor(on, at('2026-06-30T10:30'), 'comment');
    expect(local(holiday.deadline)).toBe('2026-07-02T10:30');
    expect(holiday.reminders.map((x) => [x.kind, local(x.at)])).toEqual([['due-soon', '2026-07-02T08:30']]);
  });

  it('before a lunch break: a threshold crossed as the morning closes is said when the afternoon opens', () => {
    const day: [string, string][] = [
      ['08:30', '12:00'],
      ['13:00', '16:30'],
    ];
    const lunch = makePolicy({ calendar: { hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] } } });
    // Day length 7 h; received Monday 15:00 → due Tuesday 15:00; two business hours are left from 12:00 on.
    const r = deadlineFor(lunch, at('2026-11-23T15:00'), 'comment');
    expect(local(r.deadline)).toBe('2026-11-24T15:00');
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([['due-soon', '2026-11-24T13:00']]);
  });

  it('an item received exactly at closing is reminded the next business day', () => {
    const r = deadlineFor(policy, at('2026-11-20T16:30'), 'comment');
    expect(local(r.deadline)).toBe('2026-11-23T16:30');
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([
      ['due-soon', '2026-11-23T14:30'],
      ['before-closing', '2026-11-23T16:00'],
    ]);
  });

  it('a reminder is never planned before receipt, and never at all for a threshold as long as the target', () => {
    const p = makePolicy({ sla: { targets: { comment: { businessDays: 0.125 }, message: { businessDays: 1 } } } });
    const r = deadlineFor(p, at('2026-11-23T16:10'), 'comment'); // 1 h target, due Tuesday 9:10
    expect(local(r.deadline)).toBe('2026-11-24T09:10');
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([['before-closing', '2026-11-23T16:10']]);
  });
});
