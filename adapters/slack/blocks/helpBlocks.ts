import type { types } from '@slack/bolt';
import type { Policy } from '../../../src/policy/schema.js';
import type { Lang } from '../../../src/policy/types.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { texts } from '../texts.js';
import { context, section } from './plain.js';

/** Help for `/checkpost`, with the reason when the command was wrong and the policy ids one may name. */
export function helpBlocks(lang: Lang, policies: Map<string, Policy>, defaultPolicyId: string, error?: string): types.KnownBlock[] {
  const t = texts(lang);
  const ids = [...policies.keys()].map((id) => (id === defaultPolicyId ? `\`${id}\` (${lang === 'fr' ? 'par défaut' : 'default'})` : `\`${id}\``));
  return [
    ...(error ? [section(`:warning: ${escapeMrkdwn(error)}`)] : []),
    section(`${t.help}\n${t.helpShortcut}`),
    context(`${t.policy}${t.colon}${ids.join(', ')}`),
  ];
}
