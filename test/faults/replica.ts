import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { facebookRouter } from '../../adapters/facebook/facebookRouter.js';
import { graphActions } from '../../adapters/facebook/graphActions.js';
import { createServer } from '../../adapters/server.js';
import type { ChatSurface } from '../../src/moderation/ChatSurface.js';
import type { Context, Logger } from '../../src/moderation/Context.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import type { YouTubeConfig } from '../../adapters/youtube/youtubeConfig.js';
import { youtubeSource, type YouTubeSource } from '../../adapters/youtube/youtubeSource.js';
import type { Routing } from '../../src/moderation/routing.js';

export interface ReplicaOptions {
  name: string;
  /** VIGIE_STORE: a SQLite path or a redis:// URL. */
  storeUrl: string;
  keyPrefix?: string;
  appSecret: string;
  surfaces: ChatSurface[];
  /** Graph API stand-in, for decisions. */
  graphUrl?: string;
  log?: Logger;
  /** Clock for the core; the real one by default. */
  now?: () => Date;
  /** A YouTube channel this replica polls (its own token cache and client, as another process would have). */
  youtube?: YouTubeConfig;
  routing?: Routing;
}

export interface Replica {
  name: string;
  ctx: Context;
  store: Store;
  url: string;
  /** Background processing of every delivery so far (the webhook answers before alerting). */
  processing: Promise<void>[];
  youtube?: YouTubeSource;
  close(): Promise<void>;
}

export const quietLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * One Vigie replica as the composition root builds it, minus the chat adapters: the real store, the real
 * policies, the real Facebook webhook router and Graph actions, on a real HTTP server on a loopback port.
 */
export async function startReplica(opts: ReplicaOptions): Promise<Replica> {
  const log = opts.log ?? quietLog;
  const store = await openStore(opts.storeUrl, { log, ...(opts.keyPrefix ? { keyPrefix: opts.keyPrefix } : {}) });
  const graph = opts.graphUrl ? graphActions({ pageToken: 'page-token', graphUrl: opts.graphUrl, log }) : undefined;
  const ctx: Context = {
    policies: await loadPolicies(),
    defaultPolicyId: 'senneterre',
    store,
    surfaces: opts.surfaces,
    platformFor: (item) => (item.source === 'youtube' ? youtube?.source.actions : graph),
    now: opts.now ?? (() => new Date()),
    log,
    moderators: [],
    dryRun: false,
    ...(opts.routing ? { routing: opts.routing } : {}),
  };
  const processing: Promise<void>[] = [];
  const youtube = opts.youtube ? youtubeSource(ctx, opts.youtube, { track: (p) => void processing.push(p) }) : undefined;
  const app = createServer(
    [{ path: '/webhooks/facebook', router: facebookRouter(ctx, { appSecret: opts.appSecret, onProcessed: (p) => void processing.push(p) }) }],
    { logError: (m) => log.error(m) },
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    name: opts.name,
    ctx,
    store,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    processing,
    ...(youtube ? { youtube } : {}),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.allSettled(processing);
      await store.close();
    },
  };
}
