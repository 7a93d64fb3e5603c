import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startVigie, type VigieHandle } from '../../adapters/main.js';
import { commandBody, interactionBody, slackHeaders } from '../helpers/slackSign.js';

/**
 * Every POST route of a running Vigie on loopback takes generated payloads — random bytes, random JSON, and valid
 * deliveries with one field mutated, signed and unsigned — and none may answer 5xx or stop the server. Seeded, so a
 * failure replays; bounded in count (10,000) and by the test's timeout.
 */
const RUNS = 10_000;
const SEED = 20261202;
const FB_SECRET = 'fuzz-fb-secret';
const HOOK_SECRET = 'fuzz-hook-secret';
const SLACK_SECRET = 'fuzz-slack-secret';

type Route = 'facebook' | 'comments' | 'slack' | 'teams';
interface Shot {
  route: Route;
  body: Buffer;
  headers: Record<string, string>;
}

let dir: string;
let vigie: VigieHandle;
let standIn: Server;
let standInUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
  // One loopback stand-in answers for the Slack Web API and for the Bot Connector (Teams replies).
  standIn = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"id":"x","ts":"1.2","channel":"C0"}'));
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/`;
  const quiet = new PassThrough().resume();
  vigie = await startVigie(
    {
      PORT: '0',
      VIGIE_STORE: join(dir, 'vigie.sqlite'),
      VIGIE_CONSOLE: '0',
      FACEBOOK_APP_SECRET: FB_SECRET,
      VIGIE_WEBHOOK_SECRET: HOOK_SECRET,
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fuzz',
      SLACK_CHANNEL: 'C0FUZZ',
      SLACK_API_URL: `${standInUrl}api/`,
      // The most open the Teams route gets: unauthenticated, loopback only; the bot's code runs for each activity.
      VIGIE_TEAMS_LOCAL: '1',
    },
    { input: new PassThrough(), output: quiet, error: new PassThrough().resume() },
  );
});
afterAll(async () => {
  await vigie?.close();
  await new Promise<void>((resolve) => standIn?.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const fbAdd = () => JSON.parse(readFileSync(new URL('../fixtures/facebook/commentAdd.json', import.meta.url), 'utf8')) as unknown;
const genericComment = () => ({
  source: 'instagram', externalId: '17895695668004550', pageId: 'ig-1', author: { id: 'a1', name: 'm' },
  text: 'Est-ce que le marché ouvre samedi?', at: '2026-03-03T15:00:00Z',
});
const teamsActivities = () => [
  { type: 'message', text: 'checkpost --post Vous êtes des imbéciles', serviceUrl: standInUrl, channelId: 'msteams', id: 'a1',
    from: { id: '29:1', aadObjectId: 'aad-1' }, recipient: { id: '28:bot' }, conversation: { id: 'a:1', conversationType: 'personal' }, locale: 'fr-CA' },
  { type: 'invoke', name: 'adaptiveCard/action', serviceUrl: standInUrl, channelId: 'msteams', id: 'a2', replyToId: 'm1',
    from: { id: '29:1' }, recipient: { id: '28:bot' }, conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
    value: { action: { type: 'Action.Execute', verb: 'hide', data: { itemId: 'facebook:882731009182736_1290384756102938' } } } },
  { type: 'conversationUpdate', serviceUrl: standInUrl, channelId: 'msteams', from: { id: '29:1' }, recipient: { id: '28:bot' },
    membersAdded: [{ id: '28:bot' }], conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
    channelData: { channel: { id: '19:c@thread.tacv2' } } },
];
const slackBodies = () => [
  { form: true, body: commandBody({ command: '/checkpost', text: '--comment Calice que vous êtes lents', user_id: 'U0FUZZ' }) },
  { form: true, body: interactionBody({ type: 'block_actions', user: { id: 'U0FUZZ' }, channel: { id: 'C0FUZZ' }, container: { message_ts: '1.2' },
    message: { ts: '1.2' }, actions: [{ action_id: 'vigie_hide', value: 'facebook:882731009182736_1290384756102938', type: 'button' }], trigger_id: 't', response_url: `${standInUrl}respond` }) },
  { form: false, body: JSON.stringify({ type: 'url_verification', challenge: 'abc', token: 'x' }) },
];

/** Every path to a value inside a JSON document. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** One change at one place: a new value, a removal, or a truncated string. */
function mutate(doc: unknown, pick: number, how: 'set' | 'delete' | 'truncate', replacement: unknown): unknown {
  const copy = structuredClone(doc);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick % all.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (how === 'delete') delete parent[last];
  else if (how === 'truncate' && typeof parent[last] === 'string') parent[last] = (parent[last] as string).slice(0, pick % 7);
  else parent[last] = replacement;
  return copy;
}

/** Mutates one field of a form body (Slack): its value, or the JSON inside `payload`. */
function mutateForm(form: string, pick: number, how: 'set' | 'delete' | 'truncate', replacement: unknown): string {
  const params = new URLSearchParams(form);
  const keys = [...params.keys()];
  const key = keys[pick % keys.length]!;
  if (key === 'payload') params.set(key, JSON.stringify(mutate(JSON.parse(params.get(key)!), pick, how, replacement)));
  else if (how === 'delete') params.delete(key);
  else params.set(key, typeof replacement === 'string' ? replacement : JSON.stringify(replacement));
  return params.toString();
}

const hmac = (secret: string, body: Buffer) => createHmac('sha256', secret).update(body).digest('hex');

function sign(route: Route, body: Buffer, signed: boolean, contentType: string): Record<string, string> {
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  if (!signed) return headers;
  if (route === 'facebook') headers['x-hub-signature-256'] = `sha256=${hmac(FB_SECRET, body)}`;
  if (route === 'comments') headers['x-vigie-signature-256'] = `sha256=${hmac(HOOK_SECRET, body)}`;
  if (route === 'slack') Object.assign(headers, slackHeaders(SLACK_SECRET, body.toString('latin1')), contentType ? { 'content-type': contentType } : {});
  return headers;
}

const shotArb: fc.Arbitrary<Shot> = fc
  .record({
    route: fc.constantFrom<Route>('facebook', 'comments', 'slack', 'teams'),
    kind: fc.constantFrom('bytes', 'json', 'mutated', 'mutated', 'valid'),
    bytes: fc.uint8Array({ maxLength: 512 }),
    json: fc.jsonValue({ maxDepth: 3 }),
    pick: fc.nat(),
    how: fc.constantFrom<'set' | 'delete' | 'truncate'>('set', 'delete', 'truncate'),
    replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e308, -1, 8.64e15 + 1, '', 'x'.repeat(300), '2026-13-45', '../../etc', null)),
    signed: fc.boolean(),
    contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
  })
  .map(({ route, kind, bytes, json, pick, how, replacement, signed, contentType }) => {
    let body: Buffer;
    let type = contentType;
    if (kind === 'bytes') body = Buffer.from(bytes);
    else if (kind === 'json') body = Buffer.from(JSON.stringify(json) ?? 'null');
    else if (route === 'slack') {
      const base = slackBodies()[pick % 3]!;
      const text = kind === 'valid' ? base.body : base.form ? mutateForm(base.body, pick, how, replacement) : JSON.stringify(mutate(JSON.parse(base.body), pick, how, replacement));
      body = Buffer.from(text);
      type = base.form ? 'application/x-www-form-urlencoded' : 'application/json';
    } else {
      const doc = route === 'facebook' ? fbAdd() : route === 'comments' ? genericComment() : teamsActivities()[pick % 3]!;
      body = Buffer.from(JSON.stringify(kind === 'valid' ? doc : mutate(doc, pick, how, replacement)));
      type = 'application/json';
    }
    return { route, body, headers: sign(route, body, signed || kind === 'valid', type) };
  });

const PATHS: Record<Route, string> = {
  facebook: '/webhooks/facebook',
  comments: '/webhooks/comments',
  slack: '/slack/events',
  teams: '/api/messages',
};

describe('fuzzing every POST route of a running server', () => {
  it(`answers ${RUNS} generated payloads with < 500, and still answers /healthz`, { timeout: 150_000 }, async () => {
    const shots = fc.sample(shotArb, { numRuns: RUNS, seed: SEED });
    const base = `http://127.0.0.1:${vigie.port}`;
    const counts: Record<Route, number> = { facebook: 0, comments: 0, slack: 0, teams: 0 };
    const failures: string[] = [];
    // Slack holds a request no listener acknowledges for 3 s before its 404: many may wait at once.
    let next = 0;
    const worker = async () => {
      while (next < shots.length) {
        const shot = shots[next++]!;
        counts[shot.route]++;
        const res = await fetch(`${base}${PATHS[shot.route]}`, { method: 'POST', headers: shot.headers, body: shot.body });
        const text = await res.text();
        if (res.status >= 500) failures.push(`${shot.route} ${res.status} ${text.slice(0, 200)} ← ${shot.body.toString('utf8').slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 200 }, worker));
    expect(failures.slice(0, 5)).toEqual([]);
    for (const route of Object.keys(counts) as Route[]) expect(counts[route]).toBeGreaterThan(RUNS / 5);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });
});
