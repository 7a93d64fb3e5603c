import type { Policy } from '../policy/schema.js';
import type { Item } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import { BACK_AT_WORK_MINUTES, budgetMinutes } from './deadlineFor.js';
import { formatReminder } from './formatReminder.js';
import type { Reminder, ReminderKind } from './types.js';
import { DateTime } from 'luxon';
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
 *   so a late sweep does not send two at once, and a looser one never fires after a tighter one);
 * - before-closing: in the last minutes before today's closing, the items due before staff are back
 *   (next opening plus one business hour), once per item and day;
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
  const inClosingWindow =
    closing !== undefined &&
    nowMs < closing.getTime() &&
    nowMs >= closing.getTime() - policy.sla.reminders.beforeClosingMinutes * 60_000;
  const backIndex = closing ? cal.indexOf(closing.getTime()) + BACK_AT_WORK_MINUTES : -Infinity;
  const today = inClosingWindow ? DateTime.fromMillis(nowMs, { zone: policy.calendar.timeZone }).toISODate()! : '';

  const out: { r: Omit<Reminder, 'message'>; dueMs: number }[] = [];
  for (const item of items) {
    if (!isAwaitingReply(item)) continue;
    const dueMs = deadlineMsOf(item, policy);
    const left = cal.indexOf(dueMs) - nowIndex;
    let kind: ReminderKind | undefined;
    let mark = '';
    let threshold: number | undefined;
    if (dueMs <= nowMs) {
      kind = 'breached';
      mark = `${item.id}:breached:0`;
    } else {
      if (inClosingWindow && left + nowIndex <= backIndex && Date.parse(item.receivedAt) <= nowMs) {
        const m = `${item.id}:before-closing:${today}`;
        if (!sent.has(m)) {
          out.push({ r: { kind: 'before-closing', item, deadline: '', businessMinutesLeft: left, mark: m, policyId: policy.id, closesAt: closing!.toISOString() }, dueMs });
        }
      }
      const budget = budgets[item.kind] ?? budgets.comment;
      const t = thresholds.find((x) => left <= x && x < budget);
      if (t !== undefined) {
        kind = 'due-soon';
        mark = `${item.id}:due-soon:${t}`;
        threshold = t;
      }
    }
    if (kind && !sent.has(mark)) {
      out.push({ r: { kind, item, deadline: '', businessMinutesLeft: left, mark, policyId: policy.id, threshold }, dueMs });
    }
  }

  out.sort((a, b) => a.dueMs - b.dueMs);
  // Formatting is the costly part; only the few reminders due now pay for it.
  return out.map(({ r, dueMs }) => {
    const deadline = isoInZone(dueMs, policy.calendar.timeZone);
    const reminder: Reminder = { ...r, deadline };
    if (reminder.threshold === undefined) delete reminder.threshold;
    reminder.message = formatReminder(r.kind, r.item, deadline, r.businessMinutesLeft, policy);
    return reminder;
  });
}
