import type { GraphCall } from '../facebook/graphActions.js';
import type { Context } from '../../src/moderation/Context.js';
import { itemIdOf } from '../../src/moderation/IncomingComment.js';
import type { Item } from '../../src/moderation/Item.js';
import { PlatformError, type PlatformActions } from '../../src/moderation/PlatformActions.js';
import { message } from '../../src/messages/Message.js';
import { conversations } from './conversations.js';

/** Meta's standard messaging window: a Page may answer with `messaging_type: RESPONSE` this long after the person's last message. */
export const WINDOW_MS = 24 * 3_600_000;

/**
 * A private message can only be answered: no hide, no delete, no ban (`decide` says "not supported"). The answer
 * goes through the Send API (`POST /me/messages`, `messaging_type: RESPONSE`) to the sender's page-scoped id, within
 * Meta's 24-hour window counted from the person's latest message; after it, Vigie refuses before calling and says
 * to answer from the Page's inbox, instead of letting Graph fail obscurely.
 */
export function messengerActions(call: GraphCall, ctx: Pick<Context, 'store' | 'now'>): Pick<Required<PlatformActions>, 'reply'> {
  const closed = () =>
    new PlatformError(
      'the 24-hour messaging window is closed',
      'window_closed',
      undefined,
      undefined,
      message('platform.window_closed', { hours: WINDOW_MS / 3_600_000 }),
    );
  return {
    async reply(item: Item, text: string) {
      const lastAt = await latestFrom(ctx, item);
      if (ctx.now().getTime() - new Date(lastAt).getTime() > WINDOW_MS) throw closed();
      let res: Record<string, unknown>;
      try {
        res = await call('POST', 'me/messages', { recipient: { id: item.author.id }, messaging_type: 'RESPONSE', message: { text } });
      } catch (err) {
        if (err instanceof PlatformError && err.code === 'window_closed') throw closed();
        throw err;
      }
      if (typeof res.message_id !== 'string') throw new PlatformError('the Send API returned no message id', 'no_reply_id');
      return res.message_id;
    },
  };
}

/** When the person last wrote to the Page: their newest message Vigie knows, this one at least. */
async function latestFrom(ctx: Pick<Context, 'store'>, item: Item): Promise<string> {
  let latest = item.receivedAt;
  const mids = await conversations(ctx.store).mids(item.pageId, item.author.id);
  const newest = mids.at(-1);
  if (newest && newest !== item.externalId) {
    const last = await ctx.store.getItem(itemIdOf(item.source, newest));
    if (last && last.receivedAt > latest) latest = last.receivedAt;
  }
  return latest;
}
