import type { Context } from './Context.js';
import type { Item } from './Item.js';
import { policyOf } from './processItem.js';
import { message, type Message } from '../messages/Message.js';

/**
 * Why the author of `item` may not be banned from the page or channel, or undefined when they may: only a policy
 * whose document provides for blocking users (`repeatOffender.block`, quoting the clause) allows it. Senneterre's
 * « pourrait voir son accès bloqué à la page » does; the MESS's policy says nothing of it, so nobody is banned there.
 */
export function banRefusal(ctx: Context, item: Item): Message | undefined {
  const policy = policyOf(ctx, item);
  return policy.repeatOffender?.block ? undefined : message('platform.no-ban', { policy: policy.id });
}
