import type { Context } from './Context.js';
import { processItem } from './processItem.js';

/**
 * At start-up: comments stored but not yet checked and notified (a crash, or a surface that was down) are worked
 * on again. Returns how many were finished; one failing item does not stop the others.
 */
export async function recoverPending(ctx: Context): Promise<number> {
  const pending = await ctx.store.listItems(['received']);
  let done = 0;
  for (const item of pending) {
    try {
      const after = await processItem(ctx, item.id);
      if (after.status !== 'received') done++;
    } catch (err) {
      ctx.log.warn('recovering a pending comment failed; it stays pending', {
        itemId: item.id,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
  if (pending.length > 0) ctx.log.info('pending comments recovered', { pending: pending.length, done });
  return done;
}
