import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Item, ItemKind } from '../../src/moderation/Item.js';
import { businessCalendar, type BusinessCalendar } from '../../src/sla/businessCalendar.js';
import { budgetMinutes, deadlineFor } from '../../src/sla/deadlineFor.js';
import { sweep } from '../../src/sla/sweep.js';
import { isoInZone, offsetMinutes, wallClock } from '../../src/sla/zoned.js';
import { at, local } from './makePolicy.js';
import { makeItem } from './makeItem.js';

const STEP = 5 * 60_000; // the reminder tick (reminderCron)
const DAY = 24 * 3_600_000;

/**
 * The calendar as an item received at `received` and due at `due` sees it: the local time of arrival and, for each
 * local day from the day before arrival to the day after the deadline, its weekday, whether it opens, and its UTC
 * offsets. Two arrivals that see the same calendar get the same reminders at the same distances from arrival
 * (the plan and the sweep are pure functions of the calendar and the instants): one of them is enough to sweep.
 */
function outlook(cal: BusinessCalendar, received: number, due: number, days: Map<string, string>): string {
  const w = wallClock(received, cal.config.timeZone);
  const noon = received - ((w.hour - 12) * 60 + w.minute) * 60_000;
  const parts = [`${w.hour}:${w.minute}`];
  for (let t = noon - DAY; t <= due + 2 * DAY; t += DAY) {
    const day = cal.localDay(new Date(t));
    let d = days.get(day);
    if (d === undefined) {
      const open = cal.openingOf(day);
      const close = cal.closingOf(day);
      const off = (x: Date | undefined) => (x ? offsetMinutes(x.getTime(), cal.config.timeZone) : offsetMinutes(t, cal.config.timeZone));
      days.set(day, (d = `${wallClock(t, cal.config.timeZone).weekday}${open ? 'o' : 'c'}${off(open)}/${off(close)}`));
    }
    parts.push(d);
  }
  return parts.join(' ');
}

/**
 * Every five-minute arrival of [from, to) under one policy and kind: deadlineFor's plan against what the sweep
 * actually sends, ticking every five minutes with the waiting items, as runReminders does.
 *
 * Every arrival is planned; three reductions keep the sweeping to about a second without leaving one out:
 * - arrivals in one closed stretch (a night, a weekend) all start their clock at the same opening: each one's plan
 *   must equal the first one's, and only the first (which waits longest, so it sees every tick the others see)
 *   is swept;
 * - arrivals that see the same calendar (same weekday and time in an ordinary week: `outlook`) must have the same
 *   plan at the same distances from arrival, and the first of them is swept;
 * - the sweep is asked at every tick when the office is open and at every closing minute; the ticks in between
 *   (nights, weekends, holidays: three quarters of the year) are swept by the property in staffedAt.test.ts,
 *   item by item.
 * Returns the arrivals whose reminders differ, at most ten, in readable local time.
 */
function disagreements(policy: Policy, kind: ItemKind, from: Date, to: Date): { bad: string[]; swept: number } {
  const cal = businessCalendar(policy.calendar);
  const zone = policy.calendar.timeZone;
  const items: Item[] = [];
  const expected = new Map<string, string[]>();
  const bad: string[] = [];
  const days = new Map<string, string>();
  const seen = new Map<string, { plan: string; received: number }>();
  let stretch: { plan: string; received: number } | undefined;
  let lastDue = 0;
  for (let t = from.getTime(); t < to.getTime(); t += STEP) {
    const received = new Date(t);
    const plan = deadlineFor(policy, received, kind);
    const events = [...plan.reminders.map((r) => `${r.kind}@${r.at.getTime()}`), `breached@${plan.deadline.getTime()}`];
    const open = cal.isOpen(received);
    if (!open && stretch) {
      if (events.join() !== stretch.plan)
        bad.push(`${local(received)}: plan ${events.join()} ≠ ${stretch.plan} (${local(new Date(stretch.received))})`);
      continue;
    }
    stretch = open ? undefined : { plan: events.join(), received: t };
    const relative = events.map((e) => `${e.split('@')[0]}@${Number(e.split('@')[1]) - t}`).join();
    const key = outlook(cal, t, plan.deadline.getTime(), days);
    const like = seen.get(key);
    if (like) {
      if (relative !== like.plan) bad.push(`${local(received)}: plan ${relative} ≠ ${like.plan} (${local(new Date(like.received))})`);
      continue;
    }
    seen.set(key, { plan: relative, received: t });
    const item = { ...makeItem(received, { kind }), deadline: isoInZone(plan.deadline, zone) };
    items.push(item);
    expected.set(item.id, events);
    lastDue = Math.max(lastDue, plan.deadline.getTime());
  }

  const fired = new Map<string, string[]>(items.map((i) => [i.id, []]));
  const sent = new Set<string>();
  let next = 0;
  let waiting: Item[] = [];
  for (let t = from.getTime(); t <= lastDue; t += STEP) {
    while (next < items.length && Date.parse(items[next]!.receivedAt) <= t) waiting.push(items[next++]!);
    if (waiting.length === 0 || (!cal.isOpen(new Date(t)) && !cal.isOpen(new Date(t - STEP)))) continue;
    let breached = false;
    for (const r of sweep(waiting, policy, new Date(t), sent)) {
      sent.add(r.mark);
      fired.get(r.item.id)!.push(`${r.kind}@${t}`);
      breached ||= r.kind === 'breached';
    }
    // A breached item is reminded no more: it leaves the sweep, as it leaves the open list once answered.
    if (breached) waiting = waiting.filter((i) => !sent.has(`${i.id}:breached:0`));
  }

  const when = (events: string[]) => events.map((e) => `${e.split('@')[0]} ${local(new Date(Number(e.split('@')[1])))}`).join(', ');
  for (const item of items) {
    const want = expected.get(item.id)!;
    const got = fired.get(item.id)!.sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]));
    if (got.join() !== want.join()) bad.push(`${kind} received ${local(new Date(item.receivedAt))}: planned ${when(want)}; sent ${when(got)}`);
  }
  return { bad: bad.slice(0, 10), swept: items.length };
}

const policies = await loadPolicies();
/** Policies (and kinds) with the same calendar, reply budget and reminder settings are one case: checked once. */
const cases = new Map<string, { policy: Policy; kind: ItemKind; who: string[] }>();
for (const policy of policies.values()) {
  for (const kind of ['comment', 'message'] as const) {
    const key = JSON.stringify([policy.calendar, policy.sla.reminders, budgetMinutes(policy, kind)]);
    const c = cases.get(key) ?? cases.set(key, { policy, kind, who: [] }).get(key)!;
    c.who.push(`${policy.id} ${kind}s`);
  }
}

describe('deadlineFor and the sweep agree on every five-minute arrival of a year (issue 19)', () => {
  it('covers the five shipped policies', () => {
    expect(new Set([...cases.values()].flatMap((c) => c.who.map((w) => w.split(' ')[0])))).toEqual(
      new Set(['ombudsman-ontario', 'ontario-specialist-accounts', 'mess-quebec', 'senneterre', 'baie-comeau']),
    );
  });

  for (const { policy, kind, who } of cases.values()) {
    it(
      who.join(', '),
      () => {
        const started = process.cpuUsage();
        const { bad, swept } = disagreements(policy, kind, at('2026-01-01T00:00'), at('2027-01-01T00:00'));
        console.log(`${who.join(', ')}: ${swept} arrivals swept for 105,120 planned, ${Math.round(process.cpuUsage(started).user / 1000)} ms of CPU`);
        expect(bad).toEqual([]);
        // About 2 s of CPU; the default 20 s would turn a busy machine (the suite runs two files at a time) into a
        // failure by chance.
      },
      120_000,
    );
  }
});
