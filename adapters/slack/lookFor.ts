import type { Context } from '../../src/moderation/Context.js';
import type { Lang } from '../../src/policy/types.js';
import { formatWhen } from '../../src/sla/formatWhen.js';
import type { AlertLook } from './blocks/alertBlocks.js';

/**
 * How messages about a policy's items look: in the policy's language (the organization's), dates in its time zone.
 * An unknown policy id falls back to the default policy rather than losing the message.
 */
export function lookFor(
  ctx: Pick<Context, 'policies' | 'defaultPolicyId'> & Partial<Pick<Context, 'now'>>,
  policyId: string | undefined,
  lang?: Lang,
): AlertLook {
  const policy = (policyId ? ctx.policies.get(policyId) : undefined) ?? ctx.policies.get(ctx.defaultPolicyId);
  if (!policy) throw new Error(`no policy '${policyId}' nor default '${ctx.defaultPolicyId}' is loaded`);
  const l = lang ?? policy.language;
  // The year is written when the instant is not in the current one (read at each rendering, not when the look is made).
  return { policy, lang: l, when: (iso) => formatWhen(iso, policy, l, ctx.now ? { now: ctx.now() } : {}) };
}
