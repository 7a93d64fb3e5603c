import { markAnswered } from '../sla/lifecycle.js';
import type { Context } from './Context.js';
import { itemIdOf, type IncomingComment } from './IncomingComment.js';
import type { Item } from './Item.js';
import type { Received } from './receiveComment.js';
import { updateAlerts } from './updateAlerts.js';

/** Store namespace of the replies Vigie itself posted on a platform (key: reply item id). */
export const VIGIE_REPLIES = 'vigie-replies';
export interface VigieReply {
  itemId: string;
  automatic: boolean;
}

/** What a page's own comment looks like when it is not stored as an item of its own. */
function transientItem(c: IncomingComment): Item {
  return {
    id: itemIdOf(c.source, c.externalId),
    source: c.source,
    externalId: c.externalId,
    pageId: c.pageId,
    policyId: '',
    kind: c.kind,
    author: c.author,
    text: c.text ?? '',
    receivedAt: c.at,
    status: 'dismissed',
    needsReply: false,
    updatedAt: c.at,
  };
}

/**
 * A comment written by the page itself. Staff answering in the thread stops the parent's reply clock (issue #3:
 * "a staff reply stops the clock; an automatic reply does not"). Replies that Vigie posted are skipped here:
 * `decide` already recorded them, and an automatic one must not count as an answer.
 */
export async function recordStaffReply(ctx: Context, c: IncomingComment): Promise<Received> {
  const own = await ctx.store.getValue<VigieReply>(VIGIE_REPLIES, itemIdOf(c.source, c.externalId));
  if (own) {
    const parent = await ctx.store.getItem(own.itemId);
    return { item: parent ?? transientItem(c), duplicate: true, ignored: 'reply posted by Vigie' };
  }
  if (c.verb !== 'add' || !c.parentId) {
    return { item: transientItem(c), duplicate: false, ignored: 'a comment by the page itself that answers no comment' };
  }
  const parent = await ctx.store.getItem(itemIdOf(c.source, c.parentId));
  if (!parent) return { item: transientItem(c), duplicate: false, ignored: 'staff reply to a comment Vigie does not know' };
  if (parent.answeredAt) return { item: parent, duplicate: true };

  const answered = markAnswered(parent, { at: new Date(c.at), by: c.author.name ?? c.author.id, automatic: false });
  await ctx.store.putItem(answered);
  await ctx.store.appendAudit({
    at: ctx.now().toISOString(),
    itemId: parent.id,
    policyId: parent.policyId,
    decision: 'answered',
    actor: `${c.source}:${c.author.id}`,
    ...(c.author.name ? { actorName: c.author.name } : {}),
    rules: [],
    clauses: [],
    text: c.text ?? '',
    result: 'ok',
    detail: `staff reply ${c.externalId} on the platform`,
  });
  // The alert shows the thread is answered, so nobody answers it twice.
  await updateAlerts(ctx, answered, {
    item: answered,
    decision: 'reply',
    by: { surface: c.source, id: c.author.id, ...(c.author.name ? { name: c.author.name } : {}) },
    at: c.at,
    ok: true,
    ...(c.text ? { replyText: c.text } : {}),
  });
  return { item: answered, duplicate: false };
}
