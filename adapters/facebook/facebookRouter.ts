import type express from 'express';
import type { Context } from '../../src/moderation/Context.js';
import { recordPagePost } from '../../src/moderation/pagePosts.js';
import { issueLines } from '../../src/issueLines.js';
import { metaRouter, type MetaObject, type MetaWebhookConfig } from '../webhooks/metaRouter.js';
import { feedComments, pageWebhookSchema } from './feedPayload.js';

export interface FacebookWebhookConfig extends MetaWebhookConfig {
  /** Other readers of deliveries to this callback URL (Page messages, Instagram), from the composition root. */
  objects?: readonly MetaObject[];
}

/** The Page `feed` reader: comments, and the Page's own posts counted for its posts-a-day limit. */
export function pageFeed(ctx: Context): MetaObject {
  return {
    object: 'page',
    read(json) {
      const envelope = pageWebhookSchema.safeParse(json);
      if (!envelope.success) return { invalid: issueLines(envelope.error, '(body)') };
      const { comments, pagePosts, problems } = feedComments(envelope.data);
      return {
        comments,
        problems,
        store: async () => {
          for (const post of pagePosts) await recordPagePost(ctx, post);
          return [];
        },
      };
    },
  };
}

/**
 * `GET|POST /webhooks/facebook`: Meta's subscription handshake and the Page `feed` deliveries (and, through
 * `objects`, whatever else the same Meta app sends there). Transport only: see metaRouter.
 */
export function facebookRouter(ctx: Context, cfg: FacebookWebhookConfig): express.Router {
  return metaRouter(ctx, cfg, [pageFeed(ctx), ...(cfg.objects ?? [])], 'facebook');
}
