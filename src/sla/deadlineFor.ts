import type { Policy } from '../policy/schema.js';
import type { ItemKind } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import type { ReminderKind } from './types.js';

export interface PlannedReminder {
  kind: Exclude<ReminderKind, 'breached'>;
  at: Date;
  /** For due-soon: the threshold in business minutes. */
  threshold?: number;
}

/** Business time staff have to answer an item of this kind under the policy. */
export function budgetMinutes(policy: Policy, kind: ItemKind): number {
  return policy.sla.targets[kind].businessDays * businessCalendar(policy.calendar).dayLengthMinutes;
}

/** Staff are back and settled one business hour after opening: what is due before then is answered before leaving. */
export const BACK_AT_WORK_MINUTES = 60;

/**
 * The reply deadline of an item received at `receivedAt` (INTERFACE.md, "Reply deadlines"): the instant at
 * which the office time elapsed since arrival adds up to the target, and the instants the sweep will remind.
 */
export function deadlineFor(
  policy: Policy,
  receivedAt: Date,
  kind: ItemKind,
): { deadline: Date; remindAt: Date[]; reminders: PlannedReminder[] } {
  const cal = businessCalendar(policy.calendar);
  const budget = budgetMinutes(policy, kind);
  const deadline = cal.addBusinessMinutes(receivedAt, budget);
  const due = cal.indexOf(deadline.getTime());
  const reminders: PlannedReminder[] = [];

  for (const threshold of policy.sla.reminders.dueSoonMinutes) {
    // A threshold as long as the whole budget would fire on arrival: that is the alert's job, not a reminder's.
    if (threshold >= budget) continue;
    reminders.push({ kind: 'due-soon', at: new Date(cal.instantOf(due - threshold)), threshold });
  }

  // The closing whose next business hour reaches the deadline: the evening the item must be answered before leaving.
  const latest = Math.max(cal.instantOf(due - BACK_AT_WORK_MINUTES), receivedAt.getTime());
  let closing = cal.closingOf(new Date(latest));
  if (!closing || closing.getTime() < latest) closing = cal.closingOf(cal.nextOpening(new Date(latest)));
  if (closing && closing.getTime() > receivedAt.getTime()) {
    const at = Math.max(closing.getTime() - policy.sla.reminders.beforeClosingMinutes * 60_000, receivedAt.getTime());
    if (at < deadline.getTime()) reminders.push({ kind: 'before-closing', at: new Date(at) });
  }

  reminders.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { deadline, remindAt: reminders.map((r) => r.at), reminders };
}
