import type { Logger } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import type { PlatformActions } from '../../src/moderation/PlatformActions.js';

/**
 * The platform of comments that live nowhere but here (typed in the console) or whose page Vigie cannot reach
 * (no FACEBOOK_PAGE_TOKEN): each action is logged and succeeds, so the whole flow can be tried offline. No ban:
 * there is no author to block here.
 */
export function localActions(log: Logger): Required<Omit<PlatformActions, 'ban'>> {
  let replies = 0;
  const note = (action: string, item: Item, extra: Record<string, unknown> = {}) =>
    log.info(`local platform: ${action} (nothing sent to ${item.source})`, { itemId: item.id, ...extra });
  return {
    async hide(item) {
      note('hide', item);
    },
    async unhide(item) {
      note('unhide', item);
    },
    async delete(item) {
      note('delete', item);
    },
    async reply(item, text) {
      replies += 1;
      note('reply', item, { text });
      return `local-reply-${replies}`;
    },
  };
}
