import type { types } from '@slack/bolt';
import type { Policy } from '../../../src/policy/schema.js';
import type { Lang } from '../../../src/policy/types.js';
import { say } from '../../../src/messages/Message.js';
import { labelled } from '../../../src/messages/typography.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { context, section } from './plain.js';

/** `/checkpost`'s help in mrkdwn: the catalogue's words, Slack's bullets and code spans. */
export function helpText(lang: Lang): string {
  const text = say(lang, 'help.text');
  return [
    `*${say(lang, 'help.title')}*`,
    `• ${labelled(`\`/checkpost ${text}\``, say(lang, 'help.check-post'), lang)}`,
    `• ${labelled(`\`/checkpost --comment ${text}\``, say(lang, 'help.check-comment'), lang)}`,
    `• ${labelled(`\`/checkpost --policy ID ${text}\``, say(lang, 'help.check-policy'), lang)}`,
    `• ${say(lang, 'help.check-message', { menu: '⋮' })}`,
  ].join('\n');
}

/** Help for `/checkpost`, with the reason when the command was wrong and the policy ids one may name. */
export function helpBlocks(lang: Lang, policies: Map<string, Policy>, defaultPolicyId: string, error?: string): types.KnownBlock[] {
  const ids = [...policies.keys()].map((id) => (id === defaultPolicyId ? `\`${id}\` (${say(lang, 'check.default-policy')})` : `\`${id}\``));
  return [
    ...(error ? [section(`:warning: ${escapeMrkdwn(error)}`)] : []),
    section(helpText(lang)),
    context(labelled(say(lang, 'alert.policy'), ids.join(', '), lang)),
  ];
}
