import type { types } from '@slack/bolt';
import { CATEGORY_LABELS } from '../../../src/policy/categoryLabels.js';
import type { Finding, Lang } from '../../../src/policy/types.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import { texts } from '../texts.js';
import { context, section } from './plain.js';

/**
 * One finding as the team reads it: category, the words found, what the policy says to do, the clause it rests on,
 * and the reply the policy prescribes when there is one — unless `withReply` is false: an alert shows instead the
 * one reply its Reply button posts (see alertBlocks).
 */
export function findingBlocks(finding: Finding, lang: Lang, withReply = true): types.KnownBlock[] {
  const t = texts(lang);
  // The engine's message already quotes the words found and says what to do.
  const lines = [`*${CATEGORY_LABELS[finding.category][lang]}* — ${escapeMrkdwn(finding.message[lang])}`];
  if (withReply && finding.reply) lines.push(`*${t.suggestedReply}${t.colon.trimEnd()}*\n>${escapeMrkdwn(finding.reply[lang]).replace(/\n/g, '\n>')}`);
  return [
    section(lines.join('\n')),
    context(`${t.clause}${t.colon}_${t.quote(escapeMrkdwn(clip(finding.clause, 400)))}_ · \`${escapeMrkdwn(finding.rule)}\``),
  ];
}
