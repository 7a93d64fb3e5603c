import type { GraphCall } from '../facebook/graphActions.js';
import type { PlatformActions } from '../../src/moderation/PlatformActions.js';
import { PlatformError } from '../../src/moderation/PlatformActions.js';

export type InstagramActions = Required<Pick<PlatformActions, 'hide' | 'unhide' | 'delete' | 'reply'>>;

/**
 * The Graph API's Instagram comment endpoints, with the token of the Page the Instagram account is linked to
 * (instagram_manage_comments): hide and unhide (`POST /{ig-comment-id}?hide=`), delete (`DELETE /{ig-comment-id}`),
 * reply (`POST /{ig-comment-id}/replies?message=`). No ban: the Graph API cannot restrict an Instagram user.
 */
export function instagramActions(call: GraphCall): InstagramActions {
  const path = (externalId: string) => encodeURIComponent(externalId);
  return {
    async hide(item) {
      await call('POST', path(item.externalId), undefined, { hide: 'true' });
    },
    async unhide(item) {
      await call('POST', path(item.externalId), undefined, { hide: 'false' });
    },
    async delete(item) {
      await call('DELETE', path(item.externalId));
    },
    async reply(item, text) {
      const res = await call('POST', `${path(item.externalId)}/replies`, undefined, { message: text });
      if (typeof res.id !== 'string') throw new PlatformError('Instagram returned no reply id', 'no_reply_id');
      return res.id;
    },
  };
}
