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

  it('puts a due-soon reminder at the closing when the threshold falls on it, and none before-closing when staff have time', () => {
    const r = deadlineFor(policy, at('2026-11-20T10:30'), 'comment'); // Friday, due Monday 10:30
    expect(r.reminders.map((x) => [x.kind, local(x.at)])).toEqual([
      ['due-soon', '2026-11-20T16:30'], // 2 h left once Friday closes
    ]);
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
