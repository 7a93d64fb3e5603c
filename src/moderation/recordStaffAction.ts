import type { Context } from './Context.js';
import { itemIdOf, type IncomingComment } from './IncomingComment.js';
import type { Decision, Item } from './Item.js';
import type { Received } from './receiveComment.js';
import { updateAlerts } from './updateAlerts.js';

/**
 * Staff hiding or deleting a citizen's comment on the platform itself (Facebook sends it in the feed webhook, with
 * the page as `from`): a staff decision on the item, as if taken in Vigie, so the rule figures count what Vigie
 * missed (issue 21 item 4). Vigie's own hide or delete comes back the same way and is already recorded. Undefined
 * when the comment is not a known citizen's (the page's own comment removed, or one Vigie never saw).
 */
export async function recordStaffAction(ctx: Context, c: IncomingComment): Promise<Received | undefined> {
  if (c.verb !== 'hide' && c.verb !== 'remove') return undefined;
  const item = await ctx.store.getItem(itemIdOf(c.source, c.externalId));
  if (!item || item.author.id === c.pageId) return undefined;
  const decision: Decision = c.verb === 'hide' ? 'hide' : 'delete';
  if (item.decision === decision || item.status === 'deleted') return { item, duplicate: true };

  const by = `${c.source}:${c.pageId}`;
  const at = Date.parse(c.at) > Date.parse(item.updatedAt) ? c.at : item.updatedAt;
  const next: Item = { ...item, status: decision === 'hide' ? 'hidden' : 'deleted', decision, decidedAt: c.at, decidedBy: by, updatedAt: at };
  await ctx.store.putItem(next);
  const findings = item.check?.findings ?? [];
  await ctx.store.appendAudit({
    at: ctx.now().toISOString(),
    itemId: item.id,
    policyId: item.policyId,
    decision,
    actor: by,
    ...(item.pageName ? { actorName: item.pageName } : {}),
    rules: [...new Set(findings.map((f) => f.rule))],
    clauses: [...new Set(findings.map((f) => f.clause))],
    text: item.text,
    result: 'ok',
    detail: `done on ${c.source} by the page's staff (verdict was ${item.verdict ?? 'unchecked'})`,
  });
  await updateAlerts(ctx, next, {
    item: next,
    decision,
    by: { surface: c.source, id: c.pageId, ...(item.pageName ? { name: item.pageName } : {}) },
    at: c.at,
    ok: true,
  });
  return { item: next, duplicate: false };
}
