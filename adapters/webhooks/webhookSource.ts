import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import { commentsRouter, WEBHOOK_SOURCE_PREFIX } from './commentsRouter.js';

/**
 * The generic signed webhook (`/webhooks/comments`, docs/webhooks.md): X, LinkedIn, Flickr, a website... forwarded
 * by the team's own automation. It owns the `webhook-…` namespace and has no actions: Vigie records and alerts,
 * the team acts on the platform itself. Refuses every delivery (401, with the reason) until VIGIE_WEBHOOK_SECRET is set.
 */
export function webhookSource({ ctx, config, track }: SourceDeps): SourceAdapter {
  return {
    source: { name: 'webhook', owns: (item) => item.source.startsWith(WEBHOOK_SOURCE_PREFIX) },
    routes: [{ path: '/webhooks/comments', router: commentsRouter(ctx, { secret: config.webhookSecret, onProcessed: track }) }],
  };
}
