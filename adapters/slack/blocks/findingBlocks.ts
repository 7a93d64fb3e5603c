import type { types } from '@slack/bolt';
import { CATEGORY_LABELS } from '../../../src/policy/categoryLabels.js';
import type { Finding, Lang } from '../../../src/policy/types.js';
import { say } from '../../../src/messages/Message.js';
import { colon, labelled, quoted } from '../../../src/messages/typography.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import { context, section } from './plain.js';

/** `*Label :*` then the text quoted, as mrkdwn: a prescribed reply. */
export function quotedReply(label: string, text: string, lang: Lang): string {
  return `*${label}${colon(lang).trimEnd()}*\n>${escapeMrkdwn(text).replace(/\n/g, '\n>')}`;
}

/**
 * One finding as the team reads it: category, the words found, what the policy says to do, the clause it rests on,
 * and the reply the policy prescribes when there is one — unless `withReply` is false: an alert shows instead the
 * one reply its Reply button posts (see alertBlocks).
 */
export function findingBlocks(finding: Finding, lang: Lang, withReply = true): types.KnownBlock[] {
  // The engine's message already quotes the words found and says what to do.
  const lines = [`*${CATEGORY_LABELS[finding.category][lang]}* — ${escapeMrkdwn(finding.message[lang])}`];
  if (withReply && finding.reply) lines.push(quotedReply(say(lang, 'alert.prescribed-reply'), finding.reply[lang], lang));
  return [
    section(lines.join('\n')),
    context(
      `${labelled(say(lang, 'alert.clause'), `_${quoted(escapeMrkdwn(clip(finding.clause, 400)), lang)}_`, lang)} · \`${escapeMrkdwn(finding.rule)}\``,
    ),
  ];
}
