import type { Context } from '../moderation/Context.js';
import { recoverPending } from '../moderation/recoverPending.js';
import type { ScheduledJob } from './startScheduler.js';

/**
 * Comments stored but never checked and notified are otherwise only picked up at the next start-up: one whose
 * processing claim outlived a killed replica, or whose surface was down, would wait for a restart. Sweeping them
 * every minute (on one replica) bounds that wait by the claim's lease instead.
 */
export function recoveryJob(ctx: Context, cron = '* * * * *'): ScheduledJob {
  return { name: 'recover-pending', cron, timeZone: 'UTC', run: () => recoverPending(ctx) };
}
