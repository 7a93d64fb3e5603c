import type { Item } from '../../src/moderation/Item.js';
import type { SlackDeps } from './SlackDeps.js';
import { isModerator } from '../../src/moderation/isModerator.js';

/**
 * Whether a Slack user may decide on comments ($VIGIE_MODERATORS lists them as `slack:U…`; empty lets any member of the channel decide).
 * A refusal is written to the audit log: a public body wants to know who tried to delete a citizen's comment.
 */
export async function mayDecide(deps: SlackDeps, user: { id: string; name?: string }, itemId: string, decision: string): Promise<boolean> {
  if (isModerator(deps.moderators, { surface: 'slack', id: user.id })) return true;
  const { ctx } = deps;
  const item: Item | undefined = await ctx.store.getItem(itemId).catch(() => undefined);
  await ctx.store
    .appendAudit({
      at: ctx.now().toISOString(),
      itemId,
      policyId: item?.policyId ?? '',
      decision,
      actor: `slack:${user.id}`,
      ...(user.name ? { actorName: user.name } : {}),
      rules: [],
      clauses: [],
      text: item?.text ?? '',
      result: 'error',
      detail: 'refused: not listed in VIGIE_MODERATORS',
    })
    .catch((err: unknown) => ctx.log.warn('audit of a refused decision failed', { itemId, error: String(err) }));
  ctx.log.warn('decision refused: not a moderator', { itemId, user: user.id, decision });
  return false;
}
