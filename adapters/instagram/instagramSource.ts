import { issueLines } from '../../src/issueLines.js';
import { graphClient } from '../facebook/graphActions.js';
import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import { localActions } from '../shell/localActions.js';
import { metaRouter, type MetaObject } from '../webhooks/metaRouter.js';
import { instagramActions } from './instagramActions.js';
import { instagramComments, instagramWebhookSchema } from './instagramPayload.js';

/** The reader of `instagram` deliveries, wherever the Meta app sends them (/webhooks/instagram or /webhooks/facebook). */
export const instagramObject: MetaObject = {
  object: 'instagram',
  read(json) {
    const envelope = instagramWebhookSchema.safeParse(json);
    if (!envelope.success) return { invalid: issueLines(envelope.error, '(body)') };
    return instagramComments(envelope.data);
  },
};

/**
 * Instagram comments (the same Meta app as Facebook): the `instagram` webhook object, signed with
 * FACEBOOK_APP_SECRET, at `/webhooks/instagram` (and at `/webhooks/facebook` through `metaObject`); actions through
 * the Graph API at FACEBOOK_GRAPH_URL with FACEBOOK_PAGE_TOKEN (the Page the account is linked to). Without a
 * token, decisions are logged only, as for Facebook.
 */
export function instagramSource({ ctx, config, track }: SourceDeps): SourceAdapter & { metaObject: MetaObject } {
  const fb = config.facebook;
  const actions = fb.pageToken
    ? instagramActions(graphClient({ pageToken: fb.pageToken, graphUrl: fb.graphUrl, dryRun: config.dryRun, log: ctx.log }))
    : localActions(ctx.log);
  return {
    source: { name: 'instagram', owns: (item) => item.source === 'instagram', actions },
    routes: [
      {
        path: '/webhooks/instagram',
        router: metaRouter(ctx, { appSecret: fb.appSecret, verifyToken: fb.verifyToken, onProcessed: track }, [instagramObject], 'instagram'),
      },
    ],
    metaObject: instagramObject,
  };
}
