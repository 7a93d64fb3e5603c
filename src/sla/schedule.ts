import type { Policy } from '../policy/schema.js';

/** A cron slot for the scheduler (src/scheduler): node-cron syntax read in `timeZone`. */
export interface CronSpec {
  /** Unique job name; the scheduler's per-slot claim key includes it. */
  name: string;
  cron: string;
  timeZone: string;
  /** Which tick it feeds: runReminders or runDigest. */
  job: 'reminders' | 'digest';
}

const DOW = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;
type Day = keyof typeof DOW;

/**
 * Reminders every 5 minutes. The sweep itself decides what is due (thresholds, the window before closing,
 * breaches) and marks make it once-only, so the tick only sets the precision: 5 minutes is fine for a 2-hour
 * warning and a 30-minute before-closing window, and a sweep of 100,000 open items costs tens of milliseconds,
 * but loading them from the store every minute would be wasted work.
 */
export function reminderCron(): CronSpec {
  return { name: 'sla-reminders', cron: '*/5 * * * *', timeZone: 'UTC', job: 'reminders' };
}

/** Weekdays grouped by a time of day: one cron line per distinct time ("30 8 * * 1-5"). */
function byTime(policy: Policy, timeOf: (intervals: [string, string][]) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const day of Object.keys(DOW) as Day[]) {
    const t = timeOf(policy.calendar.hours[day] as [string, string][]);
    if (!t) continue;
    const list = groups.get(t) ?? [];
    list.push(DOW[day]);
    groups.set(t, list);
  }
  return groups;
}

function cronAt(hhmm: string, days: number[]): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${m} ${h} * * ${days.sort((a, b) => a - b).join(',')}`;
}

/**
 * The digest at opening on the policy's working weekdays, in its time zone. Holidays and closing days are
 * not in cron's reach: runDigest checks the business calendar and sends nothing on those days.
 */
export function digestCron(policy: Policy): CronSpec[] {
  return [...byTime(policy, (xs) => xs[0]?.[0])].map(([time, days], i) => ({
    name: `sla-digest:${policy.id}${i ? `:${i}` : ''}`,
    cron: cronAt(time, days),
    timeZone: policy.calendar.timeZone,
    job: 'digest',
  }));
}

/**
 * A reminder tick exactly when the before-closing window opens (closing minus `beforeClosingMinutes`), so the
 * list of items to answer before leaving does not wait for the next 5-minute tick.
 */
export function beforeClosingCron(policy: Policy): CronSpec[] {
  const lead = policy.sla.reminders.beforeClosingMinutes;
  return [
    ...byTime(policy, (xs) => {
      const close = xs[xs.length - 1]?.[1];
      if (!close) return undefined;
      const [h, m] = close.split(':').map(Number) as [number, number];
      const t = Math.max(0, h * 60 + m - lead);
      return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    }),
  ].map(([time, days], i) => ({
    name: `sla-before-closing:${policy.id}${i ? `:${i}` : ''}`,
    cron: cronAt(time, days),
    timeZone: policy.calendar.timeZone,
    job: 'reminders',
  }));
}

/** Every SLA slot for a set of policies: the reminder tick, and each policy's digest and before-closing ticks. */
export function slaSchedule(policies: Iterable<Policy>): CronSpec[] {
  const specs = [reminderCron()];
  for (const p of policies) specs.push(...digestCron(p), ...beforeClosingCron(p));
  return specs;
}
