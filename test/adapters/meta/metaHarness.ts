import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../adapters/config.js';
import { facebookSource } from '../../../adapters/facebook/facebookSource.js';
import { instagramSource } from '../../../adapters/instagram/instagramSource.js';
import { messengerSource } from '../../../adapters/messenger/messengerSource.js';
import { createServer } from '../../../adapters/server.js';
import type { SourceAdapter } from '../../../adapters/SourceAdapter.js';
import { platformForSources } from '../../../src/moderation/CommentSource.js';
import type { Routing } from '../../../src/moderation/routing.js';
import { signBody } from '../../../src/moderation/signatureMatches.js';
import { startSlack, type Harness } from '../slack/slackHarness.js';

export const APP_SECRET = 'meta-app-secret-for-tests';
export const PAGE_TOKEN = 'EAApagetoken';
/** FACEBOOK_GRAPH_URL in these tests: intercepted with nock. */
export const GRAPH = 'https://graph.test';
export const PAGE = '104729381234567';
export const IG_ACCOUNT = '17841400000000001';

export interface MetaHarness extends Harness {
  /** Base URL of the Meta webhooks: `${meta}/webhooks/facebook`, `${meta}/webhooks/instagram`. */
  meta: string;
  /** Background processing of each delivery, to wait on. */
  processing: Promise<void>[];
  settled(): Promise<unknown>;
  /** POSTs a body to a Meta callback, signed with the app secret unless `signature` says otherwise ('' = unsigned). */
  deliver(path: string, body: unknown, signature?: string): Promise<Response>;
}

/**
 * Vigie's Slack app (Slack's Web API intercepted with nock, see slackHarness) and the real Meta sources (Facebook,
 * Instagram, the Page's messages) built from an environment as the composition root builds them, their webhooks on
 * a second local server, their actions against FACEBOOK_GRAPH_URL (nock).
 */
export async function startMeta(routing: Routing, opts: { now?: string; env?: Record<string, string> } = {}): Promise<MetaHarness> {
  const h = await startSlack({ routing, ...(opts.now ? { now: opts.now } : {}) });
  const config = loadConfig({
    FACEBOOK_APP_SECRET: APP_SECRET,
    FACEBOOK_VERIFY_TOKEN: 'verify',
    FACEBOOK_PAGE_TOKEN: PAGE_TOKEN,
    FACEBOOK_GRAPH_URL: GRAPH,
    ...opts.env,
  });
  const processing: Promise<void>[] = [];
  const deps = { ctx: h.t.ctx, config, env: {}, track: (p: Promise<void>) => void processing.push(p) };
  const instagram = instagramSource(deps);
  const messenger = messengerSource(deps);
  const sources: SourceAdapter[] = [facebookSource(deps, [messenger.metaObject, instagram.metaObject]), instagram, messenger];
  h.t.ctx.platformFor = platformForSources(sources.map((s) => s.source));
  const app = createServer(sources.flatMap((s) => s.routes ?? []));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const meta = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...h,
    meta,
    processing,
    settled: () => Promise.all(processing),
    deliver(path, body, signature) {
      const raw = JSON.stringify(body);
      const sig = signature ?? signBody(raw, APP_SECRET);
      return fetch(`${meta}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(sig ? { 'x-hub-signature-256': sig } : {}) },
        body: raw,
      });
    },
    async close() {
      await Promise.all(processing);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await h.close();
    },
  };
}
