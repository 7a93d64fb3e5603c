import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startVigie, type VigieHandle } from '../../adapters/main.js';
import { runReminders } from '../../src/moderation/runReminders.js';
import { slackApiStandIn, type SlackApiStandIn } from '../helpers/slackApiStandIn.js';
import { commandBody, postSigned } from '../helpers/slackSign.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'scrape-token-0123456789abcdef';
const HOOK = 'hook-secret-for-metrics';
const FB = 'fb-app-secret-for-metrics';
const SLACK = 'slack-signing-secret-metrics';
const dirs: string[] = [];
const running: VigieHandle[] = [];
const standIns: SlackApiStandIn[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((v) => v.close()));
  await Promise.all(standIns.splice(0).map((s) => s.close()));
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-metrics-'));
  dirs.push(dir);
  const error = new PassThrough();
  let err = '';
  error.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const vigie = await startVigie(
    { PORT: '0', VIGIE_STORE: join(dir, 'vigie.sqlite'), ...env },
    { input: new PassThrough(), output: new PassThrough(), error, interactive: false },
  );
  running.push(vigie);
  return { vigie, base: `http://127.0.0.1:${vigie.port}`, err: () => err };
}

const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** One sample's value from the Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(base: string): Promise<string> {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** Polls until `ok()` (bounded). */
async function until(ok: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('GET /metrics', () => {
  it('is off without VIGIE_METRICS_TOKEN, and says so', { timeout: 60_000 }, async () => {
    const { base } = await start({});
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'metrics_off', message: 'Metrics are off: set VIGIE_METRICS_TOKEN to turn GET /metrics on' });
  });

  it('counts real traffic — signed webhooks, a signed /checkpost, a failed alert, a decision, a reminder, a store outage — behind the bearer token', async () => {
    const slack = await slackApiStandIn({ failWhen: 'zorglub' });
    standIns.push(slack);
    const { vigie, base, err } = await start({
      VIGIE_METRICS_TOKEN: TOKEN,
      VIGIE_WEBHOOK_SECRET: HOOK,
      FACEBOOK_APP_SECRET: FB,
      SLACK_SIGNING_SECRET: SLACK,
      SLACK_BOT_TOKEN: 'xoxb-metrics-test-token',
      SLACK_CHANNEL: 'C0ALERTS',
      SLACK_API_URL: slack.url,
    });

    // The token is asked for, and a wrong one refused, with the reason.
    const none = await fetch(`${base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.json()).toMatchObject({ error: 'missing_token' });
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'bad_token' });

    // The generic webhook: an old question (open and overdue), an insult, and one whose alert Slack refuses.
    const comments = [
      { externalId: 'q-1', text: 'Bonjour, quand ouvre la piscine municipale cet été?', at: '2026-01-06T15:00:00Z' },
      { externalId: 'i-1', text: 'You people are useless idiots', at: '2026-01-06T15:01:00Z' },
      { externalId: 'f-1', text: 'Pourquoi la rue zorglub est-elle encore fermée?', at: '2026-01-06T15:02:00Z' },
    ].map((c) => ({ source: 'instagram', pageId: 'ville-senneterre', author: { id: `a-${c.externalId}` }, ...c }));
    const body = JSON.stringify({ comments });
    const hooked = await fetch(`${base}/webhooks/comments`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-vigie-signature-256': sign(HOOK, body) },
    });
    expect(hooked.status).toBe(200);
    // Meta's signed webhook.
    const feed = readFileSync(join(ROOT, 'test/fixtures/facebook/commentAdd.json'), 'utf8');
    const fb = await fetch(`${base}/webhooks/facebook`, {
      method: 'POST',
      body: feed,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(FB, feed) },
    });
    expect(fb.status).toBe(200);
    const badSig = await fetch(`${base}/webhooks/facebook`, { method: 'POST', body: feed, headers: { 'x-hub-signature-256': 'sha256=00' } });
    expect(badSig.status).toBe(401);
    // A signed /checkpost.
    const checked = await postSigned(
      `${base}/slack/events`,
      SLACK,
      commandBody({ command: '/checkpost', text: 'Calice que vous êtes lents', user_id: 'U0JULIE' }),
    );
    expect(checked.status).toBe(200);

    // Three alerted, and the fourth refused by Slack (it stays `received` for the recovery sweep).
    await until(
      async () =>
        (await vigie.ctx.store.listItems(['open'])).length === 3 &&
        (await vigie.ctx.store.listAudit()).some((a) => a.itemId === 'webhook-instagram:f-1' && a.decision === 'notify-failed'),
    );
    let text = await scrape(base);
    expect(sample(text, 'vigie_comments_received_total', { source: 'webhook-instagram', verdict: 'hide' })).toBe(1);
    expect(sample(text, 'vigie_comments_received_total', { source: 'webhook-instagram', verdict: 'ok' })).toBe(2);
    expect(sample(text, 'vigie_comments_received_total', { source: 'facebook', verdict: 'ok' })).toBe(1);
    expect(sample(text, 'vigie_findings_total', { category: 'insult' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'vigie_alert_delivery_failures_total', { surface: 'slack', kind: 'alert' })).toBe(1);
    expect(sample(text, 'vigie_webhook_duration_seconds_count', { source: 'comments', status: '200' })).toBe(1);
    expect(sample(text, 'vigie_webhook_duration_seconds_count', { source: 'facebook', status: '200' })).toBe(1);
    expect(sample(text, 'vigie_webhook_duration_seconds_count', { source: 'facebook', status: '401' })).toBe(1);
    expect(sample(text, 'vigie_checkpost_duration_seconds_count', { surface: 'slack' })).toBe(1);
    expect(sample(text, 'vigie_checkpost_duration_seconds_bucket', { surface: 'slack', le: '3' })).toBe(1);
    // Every question is still waiting; the January ones are past their deadline.
    expect(sample(text, 'vigie_open_items', { policy: 'mess-quebec' })).toBe(3);
    expect(sample(text, 'vigie_overdue_items', { policy: 'mess-quebec' })).toBe(2);
    expect(sample(text, 'vigie_open_items', { policy: 'senneterre' })).toBe(0);
    expect(sample(text, 'vigie_store_up')).toBe(1);
    expect(sample(text, 'vigie_reminders_sent_total')).toBe(0);
    expect(sample(text, 'vigie_process_resident_memory_bytes')).toBeGreaterThan(0);

    // A decision, clicked in Slack.
    const [insult] = (await vigie.ctx.store.listItems(['open'])).filter((i) => i.verdict === 'hide');
    const click = new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        user: { id: 'U0JULIE', username: 'julie', name: 'julie', team_id: 'T0VIGIE' },
        api_app_id: 'A0VIGIE',
        token: 'legacy',
        container: { type: 'message', message_ts: '1700000001.000100', channel_id: 'C0ALERTS', is_ephemeral: false },
        trigger_id: 'trig-1',
        team: { id: 'T0VIGIE', domain: 'vigie' },
        channel: { id: 'C0ALERTS', name: 'moderation' },
        message: { type: 'message', ts: '1700000001.000100', text: 'alert' },
        response_url: `${slack.url}response`,
        actions: [
          {
            action_id: 'vigie_approve',
            block_id: 'vigie_decide',
            text: { type: 'plain_text', text: 'x' },
            value: insult!.id,
            type: 'button',
            action_ts: '1',
          },
        ],
      }),
    }).toString();
    expect((await postSigned(`${base}/slack/events`, SLACK, click)).status).toBe(200);
    await until(async () => (await vigie.ctx.store.getItem(insult!.id))?.status === 'approved');
    // The reminder tick, as the scheduler runs it.
    const reminded = await runReminders(vigie.ctx, new Date());
    expect(reminded.length).toBeGreaterThanOrEqual(1);

    text = await scrape(base);
    expect(sample(text, 'vigie_decisions_total', { decision: 'approve', result: 'ok' })).toBe(1);
    expect(sample(text, 'vigie_reminders_sent_total')).toBe(reminded.length);
    expect(sample(text, 'vigie_reminders_caught_up_total')).toBe(0);

    // The store goes away: the webhook answers 503, the failures are counted, the gauges say the store is down.
    await vigie.ctx.store.close();
    const lost = await fetch(`${base}/webhooks/comments`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-vigie-signature-256': sign(HOOK, body) },
    });
    expect(lost.status).toBe(503);
    text = await new Promise((r) => setTimeout(r, 1100)).then(() => scrape(base));
    expect(sample(text, 'vigie_store_errors_total', { operation: 'getItem' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'vigie_store_up')).toBe(0);
    expect(sample(text, 'vigie_webhook_duration_seconds_count', { source: 'comments', status: '503' })).toBe(1);
    // Neither the scrape token nor the secrets reach the log.
    for (const secret of [TOKEN, HOOK, FB, SLACK, 'xoxb-metrics-test-token']) expect(err()).not.toContain(secret);
  }, 60_000);
});
