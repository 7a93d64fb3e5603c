// The fuzz test's generator and sender, in a plain Node process of its own: started by postRoutes.test.ts with
// `node --import tsx test/fuzz/fuzzClient.ts` and its target as JSON in VIGIE_FUZZ_TARGET; prints `RESULT <json>`
// (shots per route, answers of 500 and over) when every shot is answered. Out of the test runner's worker, an HTTP
// request costs about a tenth of the CPU it costs inside it (measured here: 0.2 ms against 2 ms).
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { commandBody, interactionBody, slackHeaders } from '../helpers/slackSign.js';

export type Route = 'facebook' | 'comments' | 'slack' | 'teams';
export interface FuzzTarget {
  port: number;
  /** Where the server's stand-in for the Slack Web API and the Bot Connector listens; the deliveries name it. */
  standInUrl: string;
  runs: number;
  seed: number;
  secrets: { facebook: string; webhook: string; slack: string };
}
export interface FuzzResult {
  counts: Record<Route, number>;
  /** The first few answers of 500 and over: route, status, body, and the payload that caused it. */
  failures: string[];
}
interface Shot {
  route: Route;
  body: Buffer;
  headers: Record<string, string>;
}

const target = JSON.parse(process.env.VIGIE_FUZZ_TARGET ?? '{}') as FuzzTarget;
const standInUrl = target.standInUrl;

// The valid deliveries are built once (mutate() copies before it changes one): read, parsed and signed per shot,
// they cost as much as sending it.
const fbAdd: unknown = JSON.parse(readFileSync(new URL('../fixtures/facebook/commentAdd.json', import.meta.url), 'utf8'));
// Meta's other deliveries to the same callback: a Page's private message, and an Instagram comment.
const fbMessage = {
  object: 'page',
  entry: [
    {
      id: '104729381234567',
      time: 1772550001000,
      messaging: [
        {
          sender: { id: '6120394857362514' },
          recipient: { id: '104729381234567' },
          timestamp: 1772550000000,
          message: { mid: 'm_fuzz', text: 'Bonjour, une question?' },
        },
      ],
    },
  ],
};
const igComment = {
  object: 'instagram',
  entry: [
    {
      id: '17841400000000001',
      time: 1772550000,
      changes: [
        {
          field: 'comments',
          value: { id: '17858893269000001', from: { id: '1784149', username: 'x' }, media: { id: '18000' }, text: 'Bande de caves' },
        },
      ],
    },
  ],
};
const metaDeliveries = [fbAdd, fbMessage, igComment];
const genericComment = {
  source: 'instagram',
  externalId: '17895695668004550',
  pageId: 'ig-1',
  author: { id: 'a1', name: 'm' },
  text: 'Est-ce que le marché ouvre samedi?',
  at: '2026-03-03T15:00:00Z',
};
const teamsActivities = [
  {
    type: 'message',
    text: 'checkpost --post Vous êtes des imbéciles',
    serviceUrl: standInUrl,
    channelId: 'msteams',
    id: 'a1',
    from: { id: '29:1', aadObjectId: 'aad-1' },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:1', conversationType: 'personal' },
    locale: 'fr-CA',
  },
  {
    type: 'invoke',
    name: 'adaptiveCard/action',
    serviceUrl: standInUrl,
    channelId: 'msteams',
    id: 'a2',
    replyToId: 'm1',
    from: { id: '29:1' },
    recipient: { id: '28:bot' },
    conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
    value: { action: { type: 'Action.Execute', verb: 'hide', data: { itemId: 'facebook:882731009182736_1290384756102938' } } },
  },
  {
    type: 'conversationUpdate',
    serviceUrl: standInUrl,
    channelId: 'msteams',
    from: { id: '29:1' },
    recipient: { id: '28:bot' },
    membersAdded: [{ id: '28:bot' }],
    conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
    channelData: { channel: { id: '19:c@thread.tacv2' } },
  },
];
const slackBodies = [
  { form: true, body: commandBody({ command: '/checkpost', text: '--comment Calice que vous êtes lents', user_id: 'U0FUZZ' }) },
  {
    form: true,
    body: interactionBody({
      type: 'block_actions',
      user: { id: 'U0FUZZ' },
      channel: { id: 'C0FUZZ' },
      container: { message_ts: '1.2' },
      message: { ts: '1.2' },
      actions: [{ action_id: 'vigie_hide', value: 'facebook:882731009182736_1290384756102938', type: 'button' }],
      trigger_id: 't',
      response_url: `${standInUrl}respond`,
    }),
  },
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
  if (route === 'facebook') headers['x-hub-signature-256'] = `sha256=${hmac(target.secrets.facebook, body)}`;
  if (route === 'comments') headers['x-vigie-signature-256'] = `sha256=${hmac(target.secrets.webhook, body)}`;
  if (route === 'slack')
    Object.assign(headers, slackHeaders(target.secrets.slack, body.toString('latin1')), contentType ? { 'content-type': contentType } : {});
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
    replacement: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(1e308, -1, 8.64e15 + 1, '', 'x'.repeat(300), '2026-13-45', '../../etc', null),
    ),
    signed: fc.boolean(),
    contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
  })
  .map(({ route, kind, bytes, json, pick, how, replacement, signed, contentType }) => {
    let body: Buffer;
    let type = contentType;
    if (kind === 'bytes') body = Buffer.from(bytes);
    else if (kind === 'json') body = Buffer.from(JSON.stringify(json) ?? 'null');
    else if (route === 'slack') {
      const base = slackBodies[pick % 3]!;
      const text =
        kind === 'valid'
          ? base.body
          : base.form
            ? mutateForm(base.body, pick, how, replacement)
            : JSON.stringify(mutate(JSON.parse(base.body), pick, how, replacement));
      body = Buffer.from(text);
      type = base.form ? 'application/x-www-form-urlencoded' : 'application/json';
    } else {
      const doc = route === 'facebook' ? metaDeliveries[pick % 3] : route === 'comments' ? genericComment : teamsActivities[pick % 3]!;
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

/** One POST on a kept-alive connection: node's http, not fetch, whose streams cost more than the server's answer. */
function post(agent: Agent, path: string, shot: Shot): Promise<{ status: number; text: string }> {
  const once = () =>
    new Promise<{ status: number; text: string; reused: boolean; error?: NodeJS.ErrnoException }>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: target.port,
        path,
        method: 'POST',
        agent,
        headers: { ...shot.headers, 'content-length': shot.body.length },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), reused: req.reusedSocket }));
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, text: '', reused: req.reusedSocket, error }));
      req.end(shot.body);
    });
  return once().then(async (first) => {
    // A kept-alive socket the server closed as idle just as it was reused: the request never reached it (node's
    // documented case for a retry). Anything else — a reset on a fresh socket, a refused connection — is a failure.
    const answer = first.error && first.reused && first.error.code === 'ECONNRESET' ? await once() : first;
    if (answer.error) throw new Error(`${path}: ${answer.error.message}`);
    return answer;
  });
}

const shots = fc.sample(shotArb, { numRuns: target.runs, seed: target.seed });
const counts: Record<Route, number> = { facebook: 0, comments: 0, slack: 0, teams: 0 };
const failures: string[] = [];
// Slack holds a request no listener acknowledges for 3 s before its 404: many may wait at once.
const agent = new Agent({ keepAlive: true, maxSockets: 200 });
let next = 0;
const worker = async () => {
  while (next < shots.length) {
    const shot = shots[next++]!;
    counts[shot.route]++;
    const res = await post(agent, PATHS[shot.route], shot);
    if (res.status >= 500) failures.push(`${shot.route} ${res.status} ${res.text.slice(0, 200)} ← ${shot.body.toString('utf8').slice(0, 300)}`);
  }
};
try {
  await Promise.all(Array.from({ length: 200 }, worker));
} finally {
  agent.destroy();
}
const result: FuzzResult = { counts, failures: failures.slice(0, 5) };
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
