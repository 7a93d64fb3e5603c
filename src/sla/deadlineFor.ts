import type { Policy } from '../policy/schema.js';
import type { ItemKind } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import { staffedAt } from './staffedAt.js';
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
export function deadlineFor(policy: Policy, receivedAt: Date, kind: ItemKind): { deadline: Date; remindAt: Date[]; reminders: PlannedReminder[] } {
  const cal = businessCalendar(policy.calendar);
  const budget = budgetMinutes(policy, kind);
  const deadline = cal.addBusinessMinutes(receivedAt, budget);
  const due = cal.indexOf(deadline.getTime());
  const reminders: PlannedReminder[] = [];
  const dueMs = deadline.getTime();
  const receivedMs = receivedAt.getTime();

  // Tightest threshold first. A threshold as long as the whole budget would fire on arrival: that is the alert's
  // job, not a reminder's. The sweep sends only the tightest threshold crossed, so a looser one that could not be
  // said before a tighter one is never said.
  const thresholds = [...new Set(policy.sla.reminders.dueSoonMinutes)].filter((x) => x < budget).sort((a, b) => a - b);
  let tighter = dueMs;
  for (const threshold of thresholds) {
    const at = staffedAt(cal, cal.instantOf(due - threshold));
    if (at >= tighter) continue;
    reminders.push({ kind: 'due-soon', at: new Date(at), threshold });
    tighter = at;
  }

  // Every closing after arrival whose next business hour reaches the deadline: the evenings the item must be
  // answered before leaving (usually one; a short day in between makes two). The first is the earliest closing at
  // or after the instant the deadline comes within that hour.
  const lead = policy.sla.reminders.beforeClosingMinutes * 60_000;
  const from = Math.max(cal.instantOf(due - BACK_AT_WORK_MINUTES), receivedMs);
  let closing = cal.closingOf(new Date(from))?.getTime();
  if (closing === undefined || closing < from || closing <= receivedMs) closing = cal.closingOf(cal.nextOpening(new Date(from)))?.getTime();
  for (; closing !== undefined && closing - lead < dueMs; closing = cal.closingOf(cal.nextOpening(new Date(closing)))?.getTime()) {
    const at = staffedAt(cal, Math.max(closing - lead, receivedMs));
    if (at < closing && at < dueMs) reminders.push({ kind: 'before-closing', at: new Date(at) });
  }

  reminders.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { deadline, remindAt: reminders.map((r) => r.at), reminders };
}
