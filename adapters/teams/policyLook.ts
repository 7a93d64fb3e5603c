import type { Context } from '../../src/moderation/Context.js';
import { formatWhen } from '../../src/sla/formatWhen.js';
import { formatReminder } from '../../src/sla/formatReminder.js';
import type { CardLook } from './CardLook.js';

/** The look of cards for the policies in `ctx`: each policy's language, and its time zone through formatWhen. */
export function policyLook(ctx: Pick<Context, 'policies' | 'defaultPolicyId'> & Partial<Pick<Context, 'now'>>): CardLook {
  const policyOf = (id: string) => ctx.policies.get(id) ?? ctx.policies.get(ctx.defaultPolicyId);
  return {
    langFor: (id) => policyOf(id)?.language ?? 'fr',
    policyName: (id, lang) => policyOf(id)?.name[lang],
    whenFor: (id, lang) => {
      const policy = policyOf(id);
      return (iso) => (policy ? formatWhen(new Date(iso), policy, lang, ctx.now ? { now: ctx.now() } : {}) : iso);
    },
    reminderLine: (r, lang) => {
      const policy = policyOf(r.item.policyId);
      if (!policy) return `${r.item.text} (${r.deadline})`;
      return formatReminder(r.kind, r.item, r.deadline, r.businessMinutesLeft, policy, ctx.now?.())[lang];
    },
  };
}
