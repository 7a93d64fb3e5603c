import { describe, expect, it } from 'vitest';
import { sweep } from '../../src/sla/sweep.js';
import { deadlineFor } from '../../src/sla/deadlineFor.js';
import { markAnswered, openItem } from '../../src/sla/lifecycle.js';
import { formatReminder } from '../../src/sla/formatReminder.js';
import type { Item } from '../../src/moderation/Item.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Reminder } from '../../src/sla/types.js';
import { at, local, makePolicy } from './makePolicy.js';
import { makeItem } from './makeItem.js';

/** Ticks every `stepMin` minutes from `from` to `to`, keeping marks like runReminders does; returns what fired when. */
function simulate(items: Item[], policy: Policy, from: string, to: string, stepMin = 5) {
  const sent = new Set<string>();
  const fired: { when: string; kind: string; item: string; mark: string }[] = [];
  for (let t = at(from).getTime(); t <= at(to).getTime(); t += stepMin * 60_000) {
    for (const r of sweep(items, policy, new Date(t), sent)) {
      sent.add(r.mark);
      fired.push({ when: local(new Date(t)), kind: r.kind, item: r.item.id, mark: r.mark });
    }
  }
  return fired;
}

describe('sweep', () => {
  const policy = makePolicy();

  it('reminds due-soon, before closing and breached, each once, at the planned instants', () => {
    const item = openItem(makeItem(at('2026-11-23T09:00'), { status: 'received' }), policy); // due Tue 9:00
    expect(item.status).toBe('open');
    expect(item.deadline).toBe('2026-11-24T09:00:00.000-05:00');
    const fired = simulate([item], policy, '2026-11-23T08:00', '2026-11-26T12:00');
    expect(fired.map((f) => [f.when, f.kind])).toEqual([
      ['2026-11-23T15:00', 'due-soon'],
      ['2026-11-23T16:00', 'before-closing'],
      ['2026-11-24T09:00', 'breached'],
    ]);
    const plan = deadlineFor(policy, new Date(item.receivedAt), 'comment');
    expect(plan.remindAt.map(local)).toEqual(fired.slice(0, 2).map((f) => f.when));
  });

  it('over a weekend: the Friday evening list, then Monday', () => {
    // Due Monday 10:00: two business hours are left at 16:00 Friday; not on the Friday list, since staff are
    // back at 9:30 on Monday with half an hour to spare.
    const friday = makeItem(at('2026-11-20T10:00'));
    const monday = makeItem(at('2026-11-20T09:00')); // due Monday 9:00, before staff are back
    const fired = simulate([friday, monday], policy, '2026-11-20T08:00', '2026-11-23T12:00');
    expect(fired.map((f) => [f.when, f.kind, f.item])).toEqual([
      ['2026-11-20T15:00', 'due-soon', monday.id],
      ['2026-11-20T16:00', 'before-closing', monday.id],
      ['2026-11-20T16:00', 'due-soon', friday.id],
      ['2026-11-23T09:00', 'breached', monday.id],
      ['2026-11-23T10:00', 'breached', friday.id],
    ]);
  });

  it('on the eve of a holiday (Fête nationale, Québec): reminders skip the closed day', () => {
    const item = makeItem(at('2026-06-23T09:00')); // due Thursday 25 at 9:00
    const fired = simulate([item], policy, '2026-06-23T08:00', '2026-06-25T12:00');
    expect(fired.map((f) => [f.when, f.kind])).toEqual([
      ['2026-06-23T15:00', 'due-soon'],
      ['2026-06-23T16:00', 'before-closing'],
      ['2026-06-25T09:00', 'breached'],
    ]);
  });

  it('an item received before opening is not listed before it arrived and is due at closing', () => {
    const item = makeItem(at('2026-11-24T07:00'));
    const fired = simulate([item], policy, '2026-11-24T06:00', '2026-11-25T09:00');
    expect(fired.map((f) => [f.when, f.kind])).toEqual([
      ['2026-11-24T14:30', 'due-soon'],
      ['2026-11-24T16:00', 'before-closing'],
      ['2026-11-24T16:30', 'breached'],
    ]);
  });

  it('a late sweep sends only the tightest threshold crossed, and the looser one never after', () => {
    const p = makePolicy({ sla: { reminders: { dueSoonMinutes: [120, 30], beforeClosingMinutes: 30 } } as Policy['sla'] });
    const item = makeItem(at('2026-11-23T09:00')); // due Tue 9:00
    const sent = new Set<string>();
    // First tick after an outage: 20 business minutes left (Tuesday 8:40).
    const first = sweep([item], p, at('2026-11-24T08:40'), sent);
    expect(first.map((r) => r.mark)).toEqual([`${item.id}:due-soon:30`]);
    first.forEach((r) => sent.add(r.mark));
    expect(sweep([item], p, at('2026-11-24T08:45'), sent)).toEqual([]);
    // Walking the whole day through with both thresholds: 120 then 30, once each.
    const fired = simulate([item], p, '2026-11-23T08:00', '2026-11-24T08:59');
    expect(fired.map((f) => [f.when, f.mark.split(':').slice(-2).join(':')])).toEqual([
      ['2026-11-23T15:00', 'due-soon:120'],
      ['2026-11-23T16:00', 'before-closing:2026-11-23'],
      // 30 business minutes are left from Monday's closing on: said when the office opens, not to an empty room.
      ['2026-11-24T08:30', 'due-soon:30'],
    ]);
  });

  it('a staff reply stops the clock; an automatic reply does not', () => {
    const item = makeItem(at('2026-11-23T09:00'));
    const auto = markAnswered(item, { at: at('2026-11-23T09:00'), by: 'messenger', automatic: true });
    expect(auto.status).toBe('open');
    expect(sweep([auto], policy, at('2026-11-24T10:00'), new Set()).map((r) => r.kind)).toEqual(['breached']);
    const staff = markAnswered(auto, { at: at('2026-11-23T11:00'), by: 'julie' });
    expect(staff).toMatchObject({ status: 'answered', answeredBy: 'julie', answeredAt: at('2026-11-23T11:00').toISOString() });
    expect(sweep([staff], policy, at('2026-11-24T10:00'), new Set())).toEqual([]);
    // The first staff reply counts; a redelivery changes nothing.
    expect(markAnswered(staff, { at: at('2026-11-23T15:00'), by: 'marc' })).toBe(staff);
  });

  it('leaves out items that need no reply or are closed', () => {
    const items = [
      makeItem(at('2026-11-20T09:00'), { needsReply: false }),
      makeItem(at('2026-11-20T09:00'), { status: 'hidden' }),
      makeItem(at('2026-11-20T09:00'), { status: 'dismissed' }),
    ];
    expect(sweep(items, policy, at('2026-11-24T10:00'), new Set())).toEqual([]);
    const plain = openItem(makeItem(at('2026-11-20T09:00'), { needsReply: false, status: 'received' }), policy);
    expect(plain.deadline).toBeUndefined();
  });

  it('says which item, received when, due when, with its link, in both languages', () => {
    const item = makeItem(at('2026-11-23T15:00'), { author: { id: 'u1', name: 'Jean Tremblay' } });
    const [r] = sweep([item], policy, at('2026-11-24T13:00'), new Set()) as [Reminder];
    expect(r.kind).toBe('due-soon');
    expect(r.deadline).toBe('2026-11-24T15:00:00.000-05:00');
    expect(r.businessMinutesLeft).toBe(120);
    r.message = formatReminder(r.kind, r.item, r.deadline, r.businessMinutesLeft, policy);
    expect(r.message!.fr).toContain('Jean Tremblay');
    expect(r.message!.fr).toContain('reçu le lundi 23 novembre à 15 h 00');
    expect(r.message!.fr).toContain('au plus tard le mardi 24 novembre à 15 h 00');
    expect(r.message!.fr).toContain('reste 2 h 00 ouvrables');
    expect(r.message!.fr).toContain(item.permalink!);
    expect(r.message!.en).toContain('reply due by Tuesday, November 24 at 3:00 PM');
  });

  it('uses the stored deadline, so a change of the holiday list does not move promises already made', () => {
    const item = openItem(makeItem(at('2026-11-23T10:00'), { status: 'received' }), policy); // due Tue 10:00
    const closedTuesday = makePolicy({ calendar: { closures: ['2026-11-24'] } });
    // Tuesday is now closed: the deadline stands, but no business time passes on that day.
    const r = sweep([item], closedTuesday, at('2026-11-23T16:00'), new Set());
    expect(r.map((x) => [x.kind, x.businessMinutesLeft])).toEqual([
      ['before-closing', 30],
      ['due-soon', 30],
    ]);
    expect(r[0]!.deadline).toBe('2026-11-24T10:00:00.000-05:00');
    // An item without a stored deadline follows the new list.
    const fresh = makeItem(at('2026-11-23T10:00'));
    expect(sweep([fresh], closedTuesday, at('2026-11-23T16:00'), new Set()).map((x) => x.deadline)).toEqual(['2026-11-25T10:00:00.000-05:00']);
  });

  it('orders reminders by deadline and sweeps many items in one pass', () => {
    const items = Array.from({ length: 2000 }, (_, i) => makeItem(new Date(at('2026-11-16T08:30').getTime() + i * 7 * 60_000)));
    const out = sweep(items, policy, at('2026-11-24T12:00'), new Set());
    const dues = out.map((r) => Date.parse(r.deadline));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(out.length).toBeGreaterThan(0);
    expect(new Set(out.map((r) => r.mark)).size).toBe(out.length);
  });
});
