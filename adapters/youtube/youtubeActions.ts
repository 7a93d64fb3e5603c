import type { Logger } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import { PlatformError, type PlatformActions } from '../../src/moderation/PlatformActions.js';
import { message, type Message } from '../../src/messages/Message.js';
import type { YouTubeClient } from './youtubeClient.js';
import { YouTubeError } from './youtubeError.js';

/** The actions of the YouTube source, Ban included (CommentSource's `ban`). */
export type YouTubeActions = PlatformActions & { ban(item: Item): Promise<void> };

export interface YouTubeActionsConfig {
  client: YouTubeClient;
  log: Logger;
  /** Log each call instead of making it. */
  dryRun?: boolean;
  /**
   * Why banning this item's author is refused, from the core (src/moderation/banRefusal.ts: the policy must
   * provide for blocking repeat offenders); undefined when it is allowed.
   */
  banRefusal: (item: Item) => Message | undefined;
  /** Told when an action hit the day's quota, so polling pauses too (the quota is the project's, for all calls). */
  onQuota?: (err: YouTubeError) => Promise<void>;
}

/**
 * Hide, Delete, Reply and Ban on the channel's comments, as its owner (YouTube Data API v3, scope youtube.force-ssl):
 * Hide holds the comment for review (reversible in YouTube Studio, or by Approve, which publishes it again), Delete
 * rejects it, Ban rejects it and bans its author from the channel. 50 quota units each.
 */
export function youtubeActions(cfg: YouTubeActionsConfig): YouTubeActions {
  async function call(c: Parameters<YouTubeClient['call']>[0]): Promise<Record<string, unknown>> {
    if (cfg.dryRun) {
      cfg.log.info('youtube dry run: not called', { method: c.method, query: c.query });
      return { id: 'dry-run' };
    }
    try {
      return await cfg.client.call(c);
    } catch (err) {
      if (err instanceof YouTubeError && err.failure === 'quota') {
        await cfg
          .onQuota?.(err)
          .catch((e: unknown) => cfg.log.warn('youtube: recording the quota pause failed', { error: e instanceof Error ? e.message : String(e) }));
      }
      throw err;
    }
  }
  const moderate = (item: Item, moderationStatus: 'heldForReview' | 'rejected' | 'published', banAuthor = false) =>
    call({
      method: 'comments.setModerationStatus',
      // banAuthor is valid only with rejected; sent only when true, as Google's own client does.
      query: { id: item.externalId, moderationStatus, ...(banAuthor ? { banAuthor: 'true' } : {}) },
    });

  return {
    async hide(item) {
      await moderate(item, 'heldForReview');
    },
    async unhide(item) {
      await moderate(item, 'published');
    },
    async delete(item) {
      await moderate(item, 'rejected');
    },
    async ban(item) {
      const refused = cfg.banRefusal(item);
      if (refused)
        throw new PlatformError(`the ${item.policyId} policy does not provide for blocking users`, 'unsupported', undefined, undefined, refused);
      await moderate(item, 'rejected', true);
    },
    async reply(item, text) {
      // YouTube threads are one level deep: an answer to a reply goes under the thread's top-level comment.
      const res = await call({
        method: 'comments.insert',
        query: { part: 'snippet' },
        body: { snippet: { parentId: item.parentId ?? item.externalId, textOriginal: text } },
      });
      if (typeof res.id !== 'string')
        throw new PlatformError(
          'YouTube returned no reply id',
          'no_reply_id',
          undefined,
          undefined,
          message('platform.youtube-refused', { detail: 'no reply id' }),
        );
      return res.id;
    },
  };
}
