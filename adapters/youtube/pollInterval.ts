/**
 * The quota arithmetic (README "YouTube"). Google gives a project a number of units a day (10,000 by default);
 * every list call costs 1 unit, every setModerationStatus or insert 50. Polling may spend what is left once a share
 * is kept for people's decisions, evenly over the day: a pass that cost `units` is followed by a pause of
 * `units / pollBudget` of a day.
 */

/** Kept for Hide / Delete / Reply / Ban: 2,000 of 10,000 units is 40 actions a day. */
export const ACTION_SHARE = 0.2;
/** Nobody reads comments faster than this, whatever the quota: the reply target is a business day. */
export const MIN_INTERVAL_MS = 30_000;
const DAY_MS = 86_400_000;

/** Units a day that polling may spend. */
export function pollBudget(dailyQuota: number): number {
  return Math.floor(dailyQuota * (1 - ACTION_SHARE));
}

/** How long to wait after a pass that cost `units`, so polling stays within its share of `dailyQuota`. */
export function pollInterval(units: number, dailyQuota: number): number {
  return Math.max(MIN_INTERVAL_MS, Math.ceil((DAY_MS * Math.max(1, units)) / pollBudget(dailyQuota)));
}
