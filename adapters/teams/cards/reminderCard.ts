import type { Lang } from '../../../src/policy/types.js';
import type { Reminder } from '../../../src/sla/types.js';
import { texts } from '../texts.js';
import { adaptiveCard, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

export interface ReminderCardOptions {
  lang: Lang;
  when: When;
  policyName?: string;
  /** Threaded under the alert: the comment is already shown above, so only the deadline is repeated. */
  threaded: boolean;
}

export function reminderCard(reminder: Reminder, opts: ReminderCardOptions): AdaptiveCard {
  const t = texts(opts.lang);
  return adaptiveCard([
    text(`⏰ ${t.reminder[reminder.kind]}`, {
      weight: 'Bolder',
      color: reminder.kind === 'breached' ? 'Attention' : 'Warning',
    }),
    text(`${t.deadline} : ${opts.when(reminder.deadline)} — ${t.minutesLeft(reminder.businessMinutesLeft)}`),
    ...(opts.threaded ? [] : itemBlocks(reminder.item, opts.lang, opts.when, opts.policyName)),
  ]);
}
