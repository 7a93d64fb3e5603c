import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { createServer } from '../../../adapters/server.js';
import { createSlack, type Slack } from '../../../adapters/slack/createSlack.js';
import type { Item } from '../../../src/moderation/Item.js';
import type { PlatformActions } from '../../../src/moderation/PlatformActions.js';
import { check } from '../../../src/policy/check.js';
import { testContext, type TestContext, type TestContextOptions } from '../../helpers/testContext.js';

export const SECRET = 'test-signing-secret-0123456789';
export const TOKEN = 'xoxb-test-token';
export const CHANNEL = 'C0ALERTS';

/** One Web API call as Slack received it: the method and the form fields (`blocks` and `view` parsed from JSON). */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  auth?: string;
}

function parseBody(raw: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> =
    typeof raw === 'string' ? Object.fromEntries(new URLSearchParams(raw)) : { ...(raw as Record<string, unknown>) };
  for (const key of ['blocks', 'view']) {
    if (typeof fields[key] === 'string') fields[key] = JSON.parse(fields[key] as string);
  }
  return fields;
}

/** The Slack Web API, intercepted with nock: records every call and answers as Slack does. */
export function slackApi(opts: { locales?: Record<string, string>; fail?: Record<string, string> } = {}) {
  const calls: ApiCall[] = [];
  let ts = 1_700_000_000;
  const scope = nock('https://slack.com')
    .persist()
    .post(/^\/api\/[\w.]+$/)
    .reply(function (uri, raw) {
      const method = uri.replace('/api/', '');
      const body = parseBody(raw);
      calls.push({ method, body, auth: this.req.headers.authorization as string | undefined });
      if (opts.fail?.[method]) return [200, { ok: false, error: opts.fail[method] }];
      switch (method) {
        case 'chat.postMessage':
          return [200, { ok: true, channel: String(body.channel).replace(/^#.*/, CHANNEL), ts: `${++ts}.000100`, message: {} }];
        case 'chat.update':
          return [200, { ok: true, channel: body.channel, ts: body.ts }];
        case 'chat.postEphemeral':
          return [200, { ok: true, message_ts: `${++ts}.000200` }];
        case 'views.open':
          return [200, { ok: true, view: { id: 'V1' } }];
        case 'users.info': {
          const id = String(body.user);
          return [200, { ok: true, user: { id, name: id.toLowerCase(), ...(opts.locales?.[id] ? { locale: opts.locales[id] } : {}) } }];
        }
        default:
          return [200, { ok: false, error: 'unknown_method' }];
      }
    });
  return {
    calls,
    of: (method: string) => calls.filter((c) => c.method === method),
    done: () => scope.persist(false),
  };
}

/** Platform actions that record what the core asked of the page; `failWith` makes them refuse. */
export function recordingPlatform() {
  const done: { action: string; itemId: string; text?: string }[] = [];
  const platform: PlatformActions & { done: typeof done; failWith?: Error } = {
    done,
    async hide(item) {
      if (platform.failWith) throw platform.failWith;
      done.push({ action: 'hide', itemId: item.id });
    },
    async unhide(item) {
      if (platform.failWith) throw platform.failWith;
      done.push({ action: 'unhide', itemId: item.id });
    },
    async delete(item) {
      if (platform.failWith) throw platform.failWith;
      done.push({ action: 'delete', itemId: item.id });
    },
    async reply(item, text) {
      if (platform.failWith) throw platform.failWith;
      done.push({ action: 'reply', itemId: item.id, text });
      return `reply-${done.length}`;
    },
  };
  return platform;
}

export interface Harness {
  t: TestContext;
  slack: Slack;
  url: string;
  close(): Promise<void>;
}

/** Vigie's Slack app on the shared HTTP server, on 127.0.0.1 and a free port, over a real temp store. */
export async function startSlack(opts: TestContextOptions & { apiUrl?: string } = {}): Promise<Harness> {
  const t = await testContext({ ...opts, surfaces: [] });
  const slack = createSlack(t.ctx, {
    signingSecret: SECRET,
    botToken: TOKEN,
    channel: CHANNEL,
    ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}),
  });
  t.ctx.surfaces.push(slack.surface);
  const app = createServer([{ path: '/', router: slack.router }]);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    t,
    slack,
    url,
    async close() {
      await slack.locales.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

/**
 * Compiles every policy once (lexicons, matchers) before the first test of a file, so that cost lands in a hook with
 * its own time limit rather than in whichever test happens to run first.
 */
export async function warmEngine(): Promise<void> {
  const t = await testContext({ surfaces: [] });
  for (const policy of t.ctx.policies.values()) check(policy, 'Bonjour, merci. Hello, thanks.', { kind: 'comment' });
  await t.close();
}

/** A checked comment stored open, as the pipeline leaves it before alerting. */
export async function storedItem(t: TestContext, text: string, extra: Partial<Item> = {}): Promise<Item> {
  const policyId = extra.policyId ?? 'mess-quebec';
  const result = check(t.ctx.policies.get(policyId)!, text, { kind: 'comment' });
  const at = t.clock.now().toISOString();
  const item: Item = {
    id: `facebook:${Math.random().toString(36).slice(2, 10)}`,
    source: 'facebook',
    externalId: '123_456',
    pageId: 'page-1',
    pageName: 'Emploi Québec',
    policyId,
    kind: 'comment',
    author: { id: 'fb-42', name: 'Steve Tremblay' },
    text,
    permalink: 'https://www.facebook.com/123/posts/456?comment_id=789',
    receivedAt: at,
    status: 'open',
    needsReply: result.findings.some((f) => f.category === 'complaint'),
    check: result,
    verdict: result.verdict,
    deadline: '2026-03-04T10:00:00-05:00',
    updatedAt: at,
    ...extra,
  };
  await t.store.putItem(item);
  return item;
}

/** A button click on an alert, as Slack posts it. */
export function clickPayload(actionId: string, itemId: string, user = 'U0JULIE', messageTs = '1700000001.000100') {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0VIGIE' },
    api_app_id: 'A0VIGIE',
    token: 'legacy',
    container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: `trig-${actionId}-${user}`,
    team: { id: 'T0VIGIE', domain: 'vigie' },
    channel: { id: CHANNEL, name: 'moderation' },
    message: { type: 'message', ts: messageTs, text: 'alert' },
    response_url: 'https://hooks.slack.com/actions/T0VIGIE/1/abc',
    actions: [
      {
        action_id: actionId,
        block_id: 'vigie_decide',
        text: { type: 'plain_text', text: 'x' },
        value: itemId,
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
