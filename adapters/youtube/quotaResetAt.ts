import { DateTime } from 'luxon';

/** Google resets every project's YouTube Data API quota at midnight Pacific time (its console says so). */
export const QUOTA_TIME_ZONE = 'America/Los_Angeles';

/** The next midnight in Pacific time strictly after `now`, across daylight-saving changes. */
export function quotaResetAt(now: Date): Date {
  return DateTime.fromMillis(now.getTime(), { zone: QUOTA_TIME_ZONE }).startOf('day').plus({ days: 1 }).toJSDate();
}
