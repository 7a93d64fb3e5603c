import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import { interactionBody, postSigned } from '../../helpers/slackSign.js';
import { CHANNEL, SECRET, slackApi, startSlack, storedItem, warmEngine, type Harness } from './slackHarness.js';

beforeAll(() => warmEngine());

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };
const textOf = (blocks: Block[]) => blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')].join('\n')).join('\n');

/** A local stand-in for Slack (Web API under /api/, response URLs under /respond/): a real HTTP server on loopback. */
async function localSlack() {
  const received: { path: string; body: Record<string, unknown>; auth?: string }[] = [];
  let ts = 1_800_000_000;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const json = (req.headers['content-type'] ?? '').includes('json');
      const body: Record<string, unknown> = json ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
      if (typeof body.blocks === 'string') body.blocks = JSON.parse(body.blocks);
      received.push({ path: req.url ?? '', body, auth: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url?.startsWith('/api/') ? { ok: true, channel: body.channel, ts: `${++ts}.000100` } : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let h: Harness | undefined;
let local: Awaited<ReturnType<typeof localSlack>> | undefined;
afterEach(async () => {
  await h?.close();
  await local?.close();
  h = undefined;
  local = undefined;
  nock.cleanAll();
});

function shortcutPayload(text: string | undefined, responseUrl: string) {
  return {
    type: 'message_action',
    callback_id: 'vigie_check_message',
    trigger_id: 'trig-shortcut',
    message_ts: '1700000000.000001',
    response_url: responseUrl,
    message: { type: 'message', user: 'U0AUTHOR', ts: '1700000000.000001', ...(text === undefined ? {} : { text }) },
    user: { id: 'U0JULIE', name: 'julie', team_id: 'T0VIGIE' },
    channel: { id: 'C0OTHER', name: 'general' },
    team: { id: 'T0VIGIE', domain: 'vigie' },
    token: 'legacy',
    action_ts: '1700000000.000002',
  };
}

describe('"Vérifier ce message" message shortcut', () => {
  it('checks the message as a reader sees it and answers privately through the response URL', async () => {
    slackApi();
    local = await localSlack();
    h = await startSlack();
    const body = interactionBody(shortcutPayload('<@U0BOSS> Calice &amp; tabarnak, voyez <https://exemple.ca|ce site>', `${local.base}/respond/1`));
    const res = await postSigned(h.url, SECRET, body);
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(local!.received).toHaveLength(1));
    const [answer] = local.received;
    expect(answer!.path).toBe('/respond/1');
    expect(answer!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = textOf(answer!.body.blocks as Block[]);
    expect(text).toContain('>@U0BOSS *Calice* &amp; *tabarnak*, voyez ce site (https://exemple.ca)');
    // Checked as /checkpost checks a text: a draft post (as Teams' « Vérifier ce message » does).
    expect(text).toContain('*Ne pas publier tel quel*');
  });

  it('says so when the message has no text', async () => {
    slackApi();
    local = await localSlack();
    h = await startSlack();
    await postSigned(h.url, SECRET, interactionBody(shortcutPayload(undefined, `${local.base}/respond/2`)));
    await vi.waitFor(() => expect(local!.received).toHaveLength(1));
    expect(local.received[0]!.body.text).toBe('Ce message ne contient pas de texte à vérifier.');
  });
});

describe('@Vigie mentions', () => {
  function mentionEvent(text: string, eventId = 'Ev0001') {
    return JSON.stringify({
      token: 'legacy',
      team_id: 'T0VIGIE',
      api_app_id: 'A0VIGIE',
      type: 'event_callback',
      event_id: eventId,
      event_time: 1_700_000_000,
      event: { type: 'app_mention', user: 'U0JULIE', text, ts: '1700000000.000300', channel: CHANNEL, event_ts: '1700000000.000300' },
    });
  }

  it('answers in the thread once, even when Slack redelivers the event', async () => {
    const api = slackApi();
    h = await startSlack();
    const body = mentionEvent('<@U0VIGIE> --post Calice que c’est long');
    const first = await postSigned(h.url, SECRET, body, { headers: { 'content-type': 'application/json' } });
    expect(first.status).toBe(200);
    await vi.waitFor(() => expect(api.of('chat.postMessage')).toHaveLength(1));
    const retry = await postSigned(h.url, SECRET, body, {
      headers: { 'content-type': 'application/json', 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await h.slack.locales.idle();
    await vi.waitFor(() => expect(api.of('users.info')).toHaveLength(1));
    expect(api.of('chat.postMessage')).toHaveLength(1);
    const post = api.of('chat.postMessage')[0]!.body;
    expect(post).toMatchObject({ channel: CHANNEL, thread_ts: '1700000000.000300' });
    expect(textOf(post.blocks as Block[])).toContain('Vérification du projet de publication');
    expect(textOf(post.blocks as Block[])).toContain('>*Calice* que c’est long');
  });

  it('answers the URL verification challenge (when the Events URL is set up)', async () => {
    slackApi();
    h = await startSlack();
    const res = await postSigned(h.url, SECRET, JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'legacy' }), {
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'abc123' });
  });
});

describe('SLACK_API_URL', () => {
  it('sends every Web API call to the configured base URL instead of slack.com', async () => {
    local = await localSlack();
    h = await startSlack({ apiUrl: `${local.base}/api` });
    const item = await storedItem(h.t, 'Calice de ministère');
    const ref = await h.slack.surface.notify(item);
    expect(ref).toMatchObject({ surface: 'slack', channel: CHANNEL, messageId: '1800000001.000100' });
    expect(local.received[0]).toMatchObject({ path: '/api/chat.postMessage', auth: 'Bearer xoxb-test-token', body: { channel: CHANNEL } });
  });
});
