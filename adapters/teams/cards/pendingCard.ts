import type { Lang } from '../../../src/policy/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { texts } from '../texts.js';
import type { AlertVerb } from './alertCard.js';
import { adaptiveCard, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

/** Shown when the platform is slower than Teams' wait for a click: no buttons, so nobody clicks twice meanwhile. */
export function pendingCard(item: Item, verb: AlertVerb, opts: { lang: Lang; when: When; policyName?: string }): AdaptiveCard {
  const t = texts(opts.lang);
  return adaptiveCard([
    text(t.pending(t.button[verb]), { weight: 'Bolder', color: 'Accent' }),
    ...itemBlocks(item, opts.lang, opts.when, opts.policyName),
  ]);
}
