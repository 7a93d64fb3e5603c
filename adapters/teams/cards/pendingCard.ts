import type { Lang } from '../../../src/policy/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { say } from '../../../src/messages/Message.js';
import type { AlertVerb } from './alertCard.js';
import { adaptiveCard, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

/** Shown when the platform is slower than Teams' wait for a click: no buttons, so nobody clicks twice meanwhile. */
export function pendingCard(item: Item, verb: AlertVerb, opts: { lang: Lang; when: When; policyName?: string }): AdaptiveCard {
  return adaptiveCard([
    text(say(opts.lang, 'outcome.pending', { what: say(opts.lang, `choice.${verb}`) }), { weight: 'Bolder', color: 'Accent' }),
    ...itemBlocks(item, opts.lang, opts.when, opts.policyName),
  ]);
}
