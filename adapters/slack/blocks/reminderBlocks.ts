import type { types } from '@slack/bolt';
import type { Reminder } from '../../../src/sla/types.js';
import { reminderHead } from '../../../src/sla/formatReminder.js';
import { say } from '../../../src/messages/Message.js';
import { labelled } from '../../../src/messages/typography.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import type { AlertLook } from './alertBlocks.js';
import { context, section } from './plain.js';

const ICON = { 'due-soon': ':hourglass_flowing_sand:', 'before-closing': ':door:', breached: ':rotating_light:' } as const;

/**
 * A reminder. Under its alert (`threaded`) the thread already shows the comment, so it only says what is due;
 * posted on its own it also names the author and quotes the comment.
 */
export function reminderBlocks(reminder: Reminder, look: AlertLook, threaded: boolean): types.KnownBlock[] {
  const { item } = reminder;
  const lines = [
    `${ICON[reminder.kind]} *${reminderHead(reminder.kind, reminder.businessMinutesLeft, look.lang)}*`,
    labelled(say(look.lang, 'alert.deadline'), look.when(reminder.deadline), look.lang),
  ];
  const blocks: types.KnownBlock[] = [section(lines.join('\n'))];
  if (!threaded) {
    const author = escapeMrkdwn(item.author.name ?? item.author.id);
    const page = escapeMrkdwn(item.pageName ?? item.pageId);
    blocks.push(
      section(`*${author}* · ${item.permalink ? `<${item.permalink}|${page}>` : page}\n>${escapeMrkdwn(clip(item.text, 600)).replace(/\n/g, '\n>')}`),
    );
    blocks.push(context(`\`${escapeMrkdwn(item.id)}\``));
  }
  return blocks;
}

export function reminderText(reminder: Reminder, look: AlertLook): string {
  return reminderHead(reminder.kind, reminder.businessMinutesLeft, look.lang);
}
