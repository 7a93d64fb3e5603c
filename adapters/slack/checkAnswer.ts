import type { types } from '@slack/bolt';
import type { Context } from '../../src/moderation/Context.js';
import { checkDraft } from '../../src/moderation/checkDraft.js';
import { parseCheckpost } from '../../src/policy/parseCheckpost.js';
import type { Lang } from '../../src/policy/types.js';
import { checkBlocks, checkText } from './blocks/checkBlocks.js';
import { helpBlocks } from './blocks/helpBlocks.js';
import { helpText } from './blocks/helpBlocks.js';

/**
 * The answer to `/checkpost ARGS` (and to the shortcut and mentions, which take the same arguments): the check in
 * Block Kit, or help with the reason when the arguments are wrong. In `userLang` when known, else the policy's.
 */
export async function checkAnswer(
  ctx: Pick<Context, 'policies' | 'defaultPolicyId' | 'store' | 'now'>,
  args: string,
  userLang?: Lang,
): Promise<{ text: string; blocks: types.KnownBlock[] }> {
  // Before the policy is known, mistakes are explained in the user's language, else the default policy's.
  const errorLang = userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr';
  const parsed = parseCheckpost(args, ctx.policies, ctx.defaultPolicyId, errorLang);
  if ('error' in parsed) {
    const usageOnly = parsed.usage === true;
    return {
      text: usageOnly ? helpText(errorLang) : parsed.error,
      blocks: helpBlocks(errorLang, ctx.policies, ctx.defaultPolicyId, usageOnly ? undefined : parsed.error),
    };
  }
  const lang = userLang ?? parsed.policy.language;
  const result = await checkDraft(ctx, parsed);
  return {
    text: checkText(result, { kind: parsed.kind, lang }),
    blocks: checkBlocks(result, parsed.text, { kind: parsed.kind, policy: parsed.policy, lang }),
  };
}
