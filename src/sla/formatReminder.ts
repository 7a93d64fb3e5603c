import type { Policy } from '../policy/schema.js';
import type { Bilingual, Lang } from '../policy/types.js';
import type { Item } from '../moderation/Item.js';
import { say } from '../messages/Message.js';
import { formatBusinessMinutes, formatWhen } from './formatWhen.js';
import type { ReminderKind } from './types.js';

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

const ICON: Record<ReminderKind, string> = { 'due-soon': '⏰', 'before-closing': '🌙', breached: '🚨' };

/** The reminder's head in the words every surface uses (the catalogue's `reminder.*`): what is due, and how soon. */
export function reminderHead(kind: ReminderKind, businessMinutesLeft: number, lang: Lang): string {
  const left = formatBusinessMinutes(businessMinutesLeft, lang);
  const how =
    kind === 'before-closing'
      ? say(lang, 'reminder.before-team-back')
      : businessMinutesLeft >= 0
        ? say(lang, 'reminder.time-left', { left })
        : say(lang, 'reminder.time-late', { late: left });
  return `${say(lang, `reminder.${kind}`)} (${how})`;
}

/** The reminder as one line in `lang`: which item, received when, due when, and the link to it. */
function reminderLine(kind: ReminderKind, item: Item, deadline: string, businessMinutesLeft: number, policy: Policy, lang: Lang, now?: Date): string {
  const opts = now ? { now } : {};
  const link = item.permalink ? ` ${item.permalink}` : '';
  return (
    say(lang, 'reminder.line', {
      head: `${ICON[kind]} ${reminderHead(kind, businessMinutesLeft, lang)}`,
      comment: item.kind !== 'message',
      author: item.author.name ?? item.author.id,
      page: item.pageName ?? item.pageId,
      received: formatWhen(item.receivedAt, policy, lang, opts),
      due: formatWhen(deadline, policy, lang, opts),
      excerpt: excerpt(item.text),
    }) + link
  );
}

/** The reminder as one line in each language (see reminderLine). */
export function formatReminder(
  kind: ReminderKind,
  item: Item,
  deadline: string,
  businessMinutesLeft: number,
  policy: Policy,
  /** When the reminder is said: dates in another year than this one carry their year. */
  now?: Date,
): Bilingual {
  return {
    fr: reminderLine(kind, item, deadline, businessMinutesLeft, policy, 'fr', now),
    en: reminderLine(kind, item, deadline, businessMinutesLeft, policy, 'en', now),
  };
}
