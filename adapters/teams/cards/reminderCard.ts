import type { Lang } from '../../../src/policy/types.js';
import type { Reminder } from '../../../src/sla/types.js';
import { say } from '../../../src/messages/Message.js';
import { adaptiveCard, text, type AdaptiveCard } from './adaptiveCard.js';

export interface ReminderCardOptions {
  lang: Lang;
  /** The reminder in words, the same line every surface shows (formatReminder). */
  line: string;
  /** Threaded under the alert, the comment is just above: no link to repeat. */
  threaded: boolean;
}

export function reminderCard(reminder: Reminder, opts: ReminderCardOptions): AdaptiveCard {
  const link = !opts.threaded && reminder.item.permalink;
  return adaptiveCard(
    [text(opts.line, { color: reminder.kind === 'breached' ? 'Attention' : 'Default' })],
    link ? [{ type: 'Action.OpenUrl', title: say(opts.lang, 'alert.open-link'), url: link }] : [],
  );
}
