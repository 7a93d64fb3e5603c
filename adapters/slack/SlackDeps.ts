import type { Context } from '../../src/moderation/Context.js';
import type { Lang } from '../../src/policy/types.js';
import type { AlertLook } from './blocks/alertBlocks.js';
import type { UserLocales } from './userLocales.js';

/** What the listeners share: the core's context, the moderators, locales and how messages look. */
export interface SlackDeps {
  ctx: Context;
  /** User ids allowed to decide; empty means any member of the channel. */
  moderators: string[];
  locales: UserLocales;
  lookFor: (policyId: string | undefined, lang?: Lang) => AlertLook;
}
