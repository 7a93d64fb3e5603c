import type { DecisionOutcome } from './ChatSurface.js';
import type { Context } from './Context.js';
import type { Item } from './Item.js';

/**
 * Replaces every alert of the item, on every surface, with the outcome: a decision taken in Slack also updates
 * the Teams card. A surface that fails is logged; the decision itself is already done and stays done.
 */
export async function updateAlerts(ctx: Context, item: Item, outcome: DecisionOutcome): Promise<void> {
  for (const ref of item.alerts ?? []) {
    const surface = ctx.surfaces.find((s) => s.name === ref.surface);
    if (!surface) continue;
    try {
      await surface.update(ref, outcome);
    } catch (err) {
      ctx.log.warn('updating an alert failed', { itemId: item.id, surface: ref.surface, error: err instanceof Error ? err.message : String(err) });
    }
  }
}
