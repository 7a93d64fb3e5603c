import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import { localActions } from '../shell/localActions.js';
import type { MetaObject } from '../webhooks/metaRouter.js';
import { facebookRouter } from './facebookRouter.js';
import { graphActions } from './graphActions.js';

/**
 * Facebook Page comments: Meta's signed webhook in (`/webhooks/facebook`), the Graph API out with the Page token.
 * Without FACEBOOK_PAGE_TOKEN decisions are logged only (localActions), so the flow can be tried before the app
 * review. `objects` are other Meta webhook objects delivered to the same callback URL (Instagram), handed in by the
 * composition root.
 */
export function facebookSource({ ctx, config, track }: SourceDeps, objects: readonly MetaObject[] = []): SourceAdapter {
  const fb = config.facebook;
  const actions = fb.pageToken
    ? graphActions({ pageToken: fb.pageToken, graphUrl: fb.graphUrl, dryRun: config.dryRun, log: ctx.log })
    : localActions(ctx.log);
  return {
    source: { name: 'facebook', owns: (item) => item.source === 'facebook', actions },
    routes: [
      {
        path: '/webhooks/facebook',
        router: facebookRouter(ctx, { appSecret: fb.appSecret, verifyToken: fb.verifyToken, onProcessed: track, objects }),
      },
    ],
  };
}
