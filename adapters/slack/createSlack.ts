import { App, ExpressReceiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import express from 'express';
import type { ChatSurface } from '../../src/moderation/ChatSurface.js';
import type { Context } from '../../src/moderation/Context.js';
import { boltLogger } from './boltLogger.js';
import { explainRefusals, refuseFutureRequests, unhandledRequest } from './explainRefusals.js';
import { registerListeners, type Registered } from './listeners/registerListeners.js';
import { lookFor } from './lookFor.js';
import { slackSurface } from './slackSurface.js';
import { userLocales, type UserLocales } from './userLocales.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  /** Where alerts and digests go when the page routing names no Slack channel ($SLACK_CHANNEL). */
  channel?: string;
  /** Web API base URL ($SLACK_API_URL), e.g. a local stand-in: `http://127.0.0.1:4000/api/`. */
  apiUrl?: string;
  /** Vigie's own bot user and bot ids, when known; without them nothing needs them (Vigie reads no message events). */
  botUserId?: string;
  botId?: string;
  /** The clock for the request-timestamp window (milliseconds); Bolt's own check reads Date.now. */
  now?: () => number;
  /** Hears each request's listener work, which goes on after the ack (shutdown waits for it). */
  onWork?: (done: Promise<unknown>) => void;
}

export interface Slack {
  surface: ChatSurface;
  /** Carries `POST /slack/events` (full path): mount it at the root of the shared express app. */
  router: express.Router;
  app: App;
  /** The commands, shortcuts, actions and views the app answers to (manifest.yml declares the same). */
  registered: Registered;
  /** Background look-ups of user locales; `idle()` settles them (tests, shutdown). */
  locales: UserLocales;
}

function apiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Vigie's Slack app: a Bolt app on an ExpressReceiver whose router the composition root mounts on the shared HTTP
 * server, and the chat surface that posts alerts, outcomes, reminders and digests. Signature checks (v0 HMAC,
 * 5-minute window, the future side added by refuseFutureRequests) are Bolt's: a bad or stale signature gets 401 before any listener runs.
 */
export function createSlack(ctx: Context, cfg: SlackConfig): Slack {
  const logger = boltLogger(ctx.log);
  const slackApiUrl = apiBase(cfg.apiUrl);
  // A few quick retries: the core retries notifications itself, and a click must not hang for minutes.
  const clientOptions = {
    logger,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    ...(slackApiUrl ? { slackApiUrl } : {}),
  };
  const receiver = new ExpressReceiver({
    signingSecret: cfg.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    logger,
    // Ack first, work after: Slack shows an error to the user when the HTTP answer takes more than 3 s.
    processBeforeResponse: false,
    // A signed body Bolt itself cannot read (`null`, an action without its user): the sender's mistake, not ours. Listener
    // failures never get here (app.error takes them), so this is a 400 with the reason, not Bolt's bare 500.
    processEventErrorHandler: async ({ error, response }) => {
      ctx.log.warn('slack: a signed request Bolt could not process', { error: error.message });
      if (response.headersSent) return false;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'bad_request', message: `Not a Slack payload Vigie can read (${error.message})` }));
      return false;
    },
    unhandledRequestHandler: (args) => {
      ctx.log.warn('slack: a request was not acknowledged by any listener', { path: args.request.url });
      unhandledRequest(args);
    },
  });
  const app = new App({
    receiver,
    logger,
    clientOptions,
    // A single workspace with a known bot token: no auth.test round trip before the first event can be answered.
    authorize: async () => ({
      botToken: cfg.botToken,
      ...(cfg.botId ? { botId: cfg.botId } : {}),
      ...(cfg.botUserId ? { botUserId: cfg.botUserId } : {}),
    }),
  });
  if (cfg.onWork) {
    const onWork = cfg.onWork;
    app.use(async ({ next }) => {
      const done = next();
      onWork(done);
      await done;
    });
  }
  app.error(async (error) => {
    ctx.log.error('slack listener failed', { error: error.message, code: (error as { code?: string }).code });
  });

  const client = new WebClient(cfg.botToken, clientOptions);
  const locales = userLocales({ store: ctx.store, client, log: ctx.log });
  const look = (policyId: string | undefined, lang?: 'fr' | 'en') => lookFor(ctx, policyId, lang);
  const registered = registerListeners(app, { ctx, locales, lookFor: look });
  const surface = slackSurface({ client, channel: cfg.channel, lookFor: (id) => look(id), log: ctx.log });
  const router = express.Router();
  router.post(SLACK_EVENTS_PATH, explainRefusals, refuseFutureRequests(cfg.now));
  router.use(receiver.router as express.Router);
  return { surface, router, app, registered, locales };
}
