import type { Context } from './Context.js';
import { InputError } from './InputError.js';
import { incomingCommentSchema, itemIdOf, type IncomingComment, type IncomingCommentInput } from './IncomingComment.js';
import type { Item, ItemStatus } from './Item.js';
import { recordStaffReply } from './recordStaffReply.js';
import { recordStaffAction } from './recordStaffAction.js';
import { routeFor, type Route } from './routing.js';

export interface Received {
  item: Item;
  /** Already known in this state (redelivery) or older than what is stored (out of order): nothing changed. */
  duplicate: boolean;
  /** Why the event was not stored as an item of its own (a staff comment that answers no known item...). */
  ignored?: string;
}

/** Statuses in which a person still has to look at the comment: an edit sends it back to be checked again. */
const RECHECK_ON_EDIT: ItemStatus[] = ['received', 'open', 'approved', 'dismissed'];

export function routeOf(ctx: Context, pageId: string): Route {
  const route = ctx.routing ? routeFor(ctx.routing, pageId) : { policyId: ctx.defaultPolicyId, channels: {} };
  if (ctx.policies.has(route.policyId)) return route;
  ctx.log.warn('routing names an unknown policy; using the default policy', { pageId, policy: route.policyId });
  return { ...route, policyId: ctx.defaultPolicyId };
}

function newItem(ctx: Context, c: IncomingComment, status: ItemStatus): Item {
  const route = routeOf(ctx, c.pageId);
  const pageName = c.pageName ?? route.pageName;
  return {
    id: itemIdOf(c.source, c.externalId),
    source: c.source,
    externalId: c.externalId,
    pageId: c.pageId,
    ...(pageName ? { pageName } : {}),
    policyId: route.policyId,
    kind: c.kind,
    author: c.author,
    text: c.text ?? '',
    ...(c.permalink ? { permalink: c.permalink } : {}),
    ...(c.postId ? { postId: c.postId } : {}),
    ...(c.parentId ? { parentId: c.parentId } : {}),
    receivedAt: c.at,
    status,
    needsReply: false,
    // A private message goes to the moderators' channel for messages, else to the page's channels without its text.
    channels: c.kind === 'message' ? (route.messageChannels ?? route.channels) : route.channels,
    ...(c.kind === 'message' && !route.messageChannels ? { textWithheld: true } : {}),
    updatedAt: c.at,
  };
}

/**
 * Takes one comment event from a source and stores it before returning, so that the caller can acknowledge it
 * (HTTP 200) knowing nothing is lost: a new comment is stored `received` for processItem to check and notify.
 * Sources redeliver and reorder: an event older than (or as old as) the stored state changes nothing; an edit
 * replaces the text and sends the item back to be checked; a removal marks it deleted (and a late `add` does not
 * bring it back). A comment by the page itself is a staff reply: it stops its parent's reply clock; the page hiding
 * or removing a citizen's comment is a staff decision on it (recordStaffAction).
 * Throws InputError (every problem listed) on a malformed event.
 */
export async function receiveComment(ctx: Context, input: IncomingCommentInput): Promise<Received> {
  const parsed = incomingCommentSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  const c = parsed.data;
  if (c.fromPage) return (await recordStaffAction(ctx, c)) ?? recordStaffReply(ctx, c);

  const id = itemIdOf(c.source, c.externalId);
  const existing = await ctx.store.getItem(id);
  const at = new Date(c.at).getTime();
  // Same instant counts as seen: Meta redelivers the very same change with the same time.
  if (existing && at <= new Date(existing.updatedAt).getTime()) {
    // A removal or a hide delivered before the comment itself left no text: the late add brings it, for the
    // audit log and for a person to judge, without undoing the newer state.
    if ((c.verb === 'add' || c.verb === 'edit') && c.text && !existing.text) {
      const filled: Item = {
        ...existing,
        text: c.text,
        author: c.author.name ? c.author : existing.author,
        receivedAt: c.verb === 'add' ? c.at : existing.receivedAt,
      };
      await ctx.store.putItem(filled);
      return { item: filled, duplicate: false };
    }
    return { item: existing, duplicate: true };
  }

  let item: Item;
  let event: string;
  switch (c.verb) {
    case 'add':
    case 'edit': {
      if (!existing) {
        item = newItem(ctx, c, 'received');
        event = c.verb === 'add' ? 'received' : 'received-edit';
        break;
      }
      if (existing.status === 'deleted' || (c.verb === 'add' && existing.text === c.text)) {
        return { item: existing, duplicate: true };
      }
      const recheck = RECHECK_ON_EDIT.includes(existing.status);
      item = {
        ...existing,
        text: c.text ?? existing.text,
        author: c.author.name ? c.author : existing.author,
        status: recheck ? 'received' : existing.status,
        updatedAt: c.at,
      };
      if (recheck) {
        // The new text has not been judged: an earlier approval or dismissal does not carry over (the audit keeps it).
        delete item.decision;
        delete item.decidedAt;
        delete item.decidedBy;
      }
      event = 'edited';
      break;
    }
    case 'remove':
      item = existing ? { ...existing, status: 'deleted', updatedAt: c.at } : newItem(ctx, c, 'deleted');
      event = 'removed';
      break;
    case 'hide':
    case 'unhide': {
      // Hidden or unhidden by someone on the page itself: keep the record in step, nothing to check.
      const base = existing ?? newItem(ctx, c, 'received');
      const status: ItemStatus =
        c.verb === 'hide' ? (base.status === 'deleted' ? 'deleted' : 'hidden') : base.status === 'hidden' ? 'approved' : base.status;
      item = { ...base, status, updatedAt: c.at };
      event = c.verb === 'hide' ? 'hidden-on-platform' : 'unhidden-on-platform';
      break;
    }
  }
  await ctx.store.putItem(item);
  await ctx.store.appendAudit({
    at: ctx.now().toISOString(),
    itemId: item.id,
    policyId: item.policyId,
    decision: event,
    // The author wrote or changed it; a removal or a hide may be anyone's on the page, so the platform is named.
    ...(c.verb === 'add' || c.verb === 'edit'
      ? { actor: `${c.source}:${c.author.id}`, ...(c.author.name ? { actorName: c.author.name } : {}) }
      : { actor: c.source }),
    rules: [],
    clauses: [],
    text: item.text,
    result: 'ok',
  });
  return { item, duplicate: false };
}
