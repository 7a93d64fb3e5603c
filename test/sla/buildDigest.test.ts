import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/sla/buildDigest.js';
import { openItem, markAnswered } from '../../src/sla/lifecycle.js';
import type { Item } from '../../src/moderation/Item.js';
import type { CheckResult } from '../../src/policy/types.js';
import { at, makePolicy } from './makePolicy.js';
import { makeItem } from './makeItem.js';

const policy = makePolicy();
const complaint: CheckResult = {
  verdict: 'review',
  findings: [
    {
      category: 'complaint',
      rule: 'test-qc/complaint',
      severity: 'medium',
      message: { fr: 'Plainte', en: 'Complaint' },
      span: [0, 5],
      match: 'plainte',
      clause: 'plaintes',
      action: 'review',
    },
  ],
};
const answered = (item: Item, when: string) => markAnswered(openItem(item, policy), { at: at(when), by: 'julie' });

describe('buildDigest', () => {
  // Tuesday 24 November 2026 at opening; the previous business day is Monday 23.
  const now = at('2026-11-24T08:30');
  const items: Item[] = [
    openItem(makeItem(at('2026-11-23T10:00'), { status: 'received', id: 'due-today' }), policy), // due Tue 10:00
    openItem(makeItem(at('2026-11-24T08:00'), { status: 'received', id: 'due-closing', pageName: 'Solidarité' }), policy), // due Tue 16:30
    openItem(makeItem(at('2026-11-20T09:00'), { status: 'received', id: 'breached', check: complaint }), policy), // due Mon 9:00
    openItem(makeItem(at('2026-11-23T16:00'), { status: 'received', id: 'due-1600' }), policy), // due Tue 16:00
    makeItem(at('2026-11-23T11:00'), { id: 'no-reply', needsReply: false }),
    answered(makeItem(at('2026-11-23T09:00'), { status: 'received', id: 'in-time', check: complaint }), '2026-11-23T11:00'), // 2 h
    answered(makeItem(at('2026-11-20T08:30'), { status: 'received', id: 'late' }), '2026-11-23T10:30'), // 10 h, due Fri 16:30
    answered(makeItem(at('2026-11-20T08:30'), { status: 'received', id: 'last-week' }), '2026-11-20T09:30'),
    makeItem(at('2026-11-23T09:00'), { id: 'other-policy', policyId: 'someone-else' }),
  ];

  it('counts open, due today and breached items, and the previous business day’s answers', () => {
    const d = buildDigest(items, policy, now);
    expect(d.policyId).toBe('test-qc');
    expect(d.at).toBe('2026-11-24T08:30:00.000-05:00');
    expect(d.previousBusinessDay).toBe('2026-11-23');
    expect(d.totals).toEqual({
      open: 5,
      dueToday: 3,
      breached: 1,
      answeredInTime: 1,
      answeredLate: 1,
      medianReplyHours: 2,
      p90ReplyHours: 10,
    });
    expect(d.dueToday.map((i) => i.id)).toEqual(['due-today', 'due-1600', 'due-closing']);
    expect(d.breached.map((i) => i.id)).toEqual(['breached']);
  });

  it('splits the figures per account and per category', () => {
    const d = buildDigest(items, policy, now);
    expect(d.byAccount['Solidarité']).toEqual({ open: 1, dueToday: 1, breached: 0, answeredInTime: 0, answeredLate: 0 });
    expect(d.byAccount['Emploi Québec']).toMatchObject({ open: 4, dueToday: 2, breached: 1, answeredInTime: 1, answeredLate: 1 });
    expect(d.byCategory.complaint).toEqual({
      open: 1,
      dueToday: 0,
      breached: 1,
      answeredInTime: 1,
      answeredLate: 0,
      medianReplyHours: 2,
      p90ReplyHours: 2,
    });
    expect(d.byCategory.none).toMatchObject({ open: 4, answeredLate: 1, medianReplyHours: 10 });
  });

  it('on a Monday, covers Friday and the weekend; after a holiday, the day before it', () => {
    const weekend = [answered(makeItem(at('2026-11-20T15:00'), { status: 'received' }), '2026-11-21T10:00')];
    const monday = buildDigest(weekend, policy, at('2026-11-23T08:30'));
    expect(monday.previousBusinessDay).toBe('2026-11-20');
    expect(monday.totals).toMatchObject({ answeredInTime: 1, medianReplyHours: 1.5 });
    const afterFeteNationale = buildDigest([], policy, at('2026-06-25T08:30'));
    expect(afterFeteNationale.previousBusinessDay).toBe('2026-06-23');
    expect(afterFeteNationale.totals).toEqual({ open: 0, dueToday: 0, breached: 0, answeredInTime: 0, answeredLate: 0 });
  });
});
