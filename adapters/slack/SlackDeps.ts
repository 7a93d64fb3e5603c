import type { Context } from '../../src/moderation/Context.js';
import type { Lang } from '../../src/policy/types.js';
import type { AlertLook } from './blocks/alertBlocks.js';
import type { UserLocales } from './userLocales.js';

/** What the listeners share: the core's context (which also says who may decide), locales and how messages look. */
export interface SlackDeps {
  ctx: Context;
  locales: UserLocales;
  lookFor: (policyId: string | undefined, lang?: Lang) => AlertLook;
}
