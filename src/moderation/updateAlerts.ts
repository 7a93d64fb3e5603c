import type { DecisionOutcome } from './ChatSurface.js';
import type { Context } from './Context.js';
import type { Item } from './Item.js';
import { outcomeView } from './alertView.js';
import { policyOf } from './processItem.js';

/**
 * Replaces every alert of the item, on every surface, with the outcome: a decision taken in Slack also updates
 * the Teams card. The surfaces are updated side by side, so a slow one does not hold up the answer to the person
 * who clicked (Teams gives an invoke 5 s). A surface that fails is logged; the decision itself is already done and
 * stays done.
 */
export async function updateAlerts(ctx: Context, item: Item, outcome: DecisionOutcome): Promise<void> {
  const shown = item.kind === 'message' ? outcomeView(outcome, policyOf(ctx, item).language) : outcome;
  await Promise.all(
    (item.alerts ?? []).map(async (ref) => {
      const surface = ctx.surfaces.find((s) => s.name === ref.surface);
      if (!surface) return;
      try {
        await surface.update(ref, shown);
      } catch (err) {
        ctx.metrics?.deliveryFailed(ref.surface, 'update');
        ctx.log.warn('updating an alert failed', { itemId: item.id, surface: ref.surface, error: err instanceof Error ? err.message : String(err) });
      }
    }),
  );
}
