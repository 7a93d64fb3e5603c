import type { Policy } from '../policy/schema.js';
import type { Item } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import { BACK_AT_WORK_MINUTES, budgetMinutes } from './deadlineFor.js';
import { staffedAt } from './staffedAt.js';
import type { Reminder } from './types.js';
import { isoInZone } from './zoned.js';

/** An item whose clock is running: open, waiting for a reply from staff. */
export function isAwaitingReply(item: Item): boolean {
  return item.status === 'open' && item.needsReply;
}

/** The deadline of an item in epoch ms: the stored one, else computed from its arrival. */
export function deadlineMsOf(item: Item, policy: Policy): number {
  if (item.deadline) {
    const ms = Date.parse(item.deadline);
    if (!Number.isNaN(ms)) return ms;
  }
  // Only the deadline is wanted here, not the reminder plan deadlineFor also works out.
  const cal = businessCalendar(policy.calendar);
  return cal.instantOf(cal.indexOf(Date.parse(item.receivedAt)) + budgetMinutes(policy, item.kind));
}

/**
 * The reminders due at `now` for the items of one policy, leaving out those whose mark is in `sent`.
 * Pure and O(n): one business-time look-up per item against an index precomputed for the calendar.
 * - due-soon: the remaining business time is at or under a threshold (only the tightest threshold crossed,
 *   so a late sweep does not send two at once, and a looser one never fires after a tighter one), while the
 *   office is open: one crossed at the closing minute waits for the next opening, when someone is there to act
 *   (`staffedAt`, the rule deadlineFor plans with);
 * - before-closing: in the last minutes before today's closing, the items due before staff are back
 *   (next opening plus one business hour), once per item and day, while the office is open (a window that
 *   starts in the lunch break starts at the afternoon opening);
 * - breached: the deadline has passed, once per item.
 */
export function sweep(items: Item[], policy: Policy, now: Date, sent: Set<string>): Reminder[] {
  const cal = businessCalendar(policy.calendar);
  const nowMs = now.getTime();
  const nowIndex = cal.indexOf(nowMs);
  const thresholds = [...policy.sla.reminders.dueSoonMinutes].sort((a, b) => a - b);
  const budgets = { comment: budgetMinutes(policy, 'comment'), message: budgetMinutes(policy, 'message') };

  // Before-closing window: only in the last minutes of today's opening hours.
  const closing = cal.closingOf(now);
  // A tick is a time to remind only when someone is there: the same rule the plan uses for its instants.
  const staffed = staffedAt(cal, nowMs) === nowMs;
  const inClosingWindow =
    staffed && closing !== undefined && nowMs < closing.getTime() && nowMs >= closing.getTime() - policy.sla.reminders.beforeClosingMinutes * 60_000;
  const backIndex = closing ? cal.indexOf(closing.getTime()) + BACK_AT_WORK_MINUTES : -Infinity;
  const today = inClosingWindow ? cal.localDay(now) : '';

  const out: Reminder[] = [];
  const dues = new Map<Reminder, number>();
  const add = (r: Reminder, dueMs: number) => {
    out.push(r);
    dues.set(r, dueMs);
  };
  for (const item of items) {
    if (!isAwaitingReply(item)) continue;
    const dueMs = deadlineMsOf(item, policy);
    const left = cal.indexOf(dueMs) - nowIndex;
    if (dueMs <= nowMs) {
      const mark = `${item.id}:breached:0`;
      if (!sent.has(mark)) add({ kind: 'breached', item, deadline: '', businessMinutesLeft: left, mark, policyId: policy.id }, dueMs);
      continue;
    }
    if (inClosingWindow && left + nowIndex <= backIndex && Date.parse(item.receivedAt) <= nowMs) {
      const mark = `${item.id}:before-closing:${today}`;
      if (!sent.has(mark)) {
        add(
          { kind: 'before-closing', item, deadline: '', businessMinutesLeft: left, mark, policyId: policy.id, closesAt: closing!.toISOString() },
          dueMs,
        );
      }
    }
    const budget = budgets[item.kind] ?? budgets.comment;
    const threshold = staffed ? thresholds.find((x) => left <= x && x < budget) : undefined;
    if (threshold !== undefined) {
      const mark = `${item.id}:due-soon:${threshold}`;
      if (!sent.has(mark)) add({ kind: 'due-soon', item, deadline: '', businessMinutesLeft: left, mark, policyId: policy.id, threshold }, dueMs);
    }
  }

  // Only the few reminders due now pay for sorting and dates; their text is written by whoever sends them
  // (formatReminder), since the first tick after an outage may find tens of thousands due.
  out.sort((a, b) => dues.get(a)! - dues.get(b)!);
  for (const r of out) r.deadline = isoInZone(dues.get(r)!, policy.calendar.timeZone);
  return out;
}
