import type { BusinessCalendar } from './businessCalendar.js';

/**
 * The one rule for an instant that falls on an office boundary (issue 19): when something meant for `ms` is
 * said, so that the reminder plan (`deadlineFor`, `vigie sla`) and the sweep name the same instant.
 *
 * Opening intervals are [opening, closing): at the closing minute nobody is there any more, so a reminder due
 * then — a threshold crossed at 16:30, a list that would start during the lunch break — waits for the next
 * opening, when someone can act on it. While the office is open the instant stands. Business time does not
 * pass while closed, so the business time left is the same at the closing and at the next opening: moving the
 * instant changes when it is said, never what it says.
 *
 * The sweep asks the same question the other way round: a tick is a time to remind iff `staffedAt(t) === t`.
 */
export function staffedAt(cal: BusinessCalendar, ms: number): number {
  const at = new Date(ms);
  return cal.isOpen(at) ? ms : cal.nextOpening(at).getTime();
}
