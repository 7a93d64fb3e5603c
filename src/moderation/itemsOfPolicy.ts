import type { Context } from './Context.js';
import type { Item } from './Item.js';

type Policies = Pick<Context, 'policies' | 'defaultPolicyId'>;

/** The policy an item is counted under: its own, or the default when its policy is gone from the configuration. */
export function policyIdOf(ctx: Policies, policyId: string): string {
  return ctx.policies.has(policyId) ? policyId : ctx.defaultPolicyId;
}

/** The items counted under policy `id`, relabelled with it (those whose policy is gone fall to the default). */
export function itemsOfPolicy(ctx: Policies, items: Item[], id: string): Item[] {
  return items.filter((i) => policyIdOf(ctx, i.policyId) === id).map((i) => (i.policyId === id ? i : { ...i, policyId: id }));
}
