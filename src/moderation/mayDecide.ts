import type { Actor } from './ChatSurface.js';
import type { Context } from './Context.js';
import type { Item } from './Item.js';
import { isModerator } from './isModerator.js';

/**
 * Whether `actor` may decide on the item, asked by every surface before it acts or opens a dialog, and by
 * `decide()` itself. A refusal is written to the audit log whichever surface it came from (Slack, Teams, the
 * console): a public body wants to know who tried to delete a citizen's comment (issue 15 item 3).
 */
export async function mayDecide(
  ctx: Pick<Context, 'moderators' | 'store' | 'now' | 'log'>,
  actor: Actor,
  itemId: string,
  decision: string,
  /** The item when the caller has read it already; else it is read here for the audit's policy and text. */
  item?: Item,
): Promise<boolean> {
  if (isModerator(ctx.moderators, actor)) return true;
  const known = item ?? (await ctx.store.getItem(itemId).catch(() => undefined));
  await ctx.store
    .appendAudit({
      at: ctx.now().toISOString(),
      itemId,
      policyId: known?.policyId ?? '',
      decision,
      actor: `${actor.surface}:${actor.id}`,
      ...(actor.name ? { actorName: actor.name } : {}),
      rules: [],
      clauses: [],
      text: known?.text ?? '',
      result: 'error',
      detail: 'refused: not listed in VIGIE_MODERATORS',
    })
    .catch((err: unknown) => ctx.log.warn('audit of a refused decision failed', { itemId, error: String(err) }));
  // Info, not a warning: the person has been told why, and the audit log holds the attempt.
  ctx.log.info('decision refused: not a moderator', { itemId, actor: `${actor.surface}:${actor.id}`, decision });
  return false;
}
