// Resident memory of the server after 10,000 mixed requests (issue #17 item 3: ≤ 150 MB), beside a bare HTTP
// server that loads the same dependencies and answers every request with 200, in the same run. Both run the way
// production does: plain node on the built code (dist/, rebuilt first when a source is newer), Slack and a
// Facebook page configured, a SQLite store; a local stand-in answers Slack's Web API so nothing leaves the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, ROOT } from '../test/helpers/ensureBuilt.js';
import { feedBody, itemIdFor } from '../test/faults/webhook.js';
import { commandBody, interactionBody, slackHeaders } from '../test/helpers/slackSign.js';
import { signBody } from '../src/moderation/signatureMatches.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const IN_FLIGHT = 8;
const TARGET_MB = 150;
const IDLE_MS = 15_000;
const SLACK_SECRET = 'bench-slack-secret';
const FB_SECRET = 'bench-app-secret';
const CHANNEL = 'C0ALERTS';
// What the server loads with Slack and Facebook configured (not botbuilder: Teams is not); the bare server loads
// the same, so the difference is Vigie's own.
const DEPENDENCIES = [
  'express',
  '@slack/bolt',
  '@slack/web-api',
  'keyv',
  '@keyv/sqlite',
  'node-cron',
  'luxon',
  'date-holidays',
  'yaml',
  'zod',
  'libphonenumber-js',
  'validator',
  '@orama/stemmers/french',
  '@orama/stemmers/english',
];
const BARE =
  `await Promise.all(${JSON.stringify(DEPENDENCIES)}.map((m) => import(m)));` +
  "const { createServer } = await import('node:http');" +
  "const s = createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}')); });" +
  "s.listen(0, '127.0.0.1', () => console.log('localhost:' + s.address().port));";

/** Slack's Web API, answering every method as a workspace would, and counting the calls. */
function slackStandIn(): Promise<{ server: Server; url: string; calls: Map<string, number> }> {
  const calls = new Map<string, number>();
  let ts = 1_700_000_000;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      calls.set(method, (calls.get(method) ?? 0) + 1);
      const body =
        method === 'auth.test'
          ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0VIGIE' }
          : method === 'users.info'
            ? { ok: true, user: { id: 'U0MOD', locale: 'fr-CA' } }
            : { ok: true, channel: CHANNEL, ts: `${++ts}.000100` };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, calls })),
  );
}

interface Child {
  child: ChildProcess;
  base: string;
}

function startChild(args: string[], env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString('utf8')).slice(-4000);
    if (process.env.BENCH_DEBUG) process.stderr.write(c);
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const port = /localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
}

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc. */
function rss(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const r = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    r.on('error', () => resolve(0));
    r.end(body);
  });
}

const TEXTS = readFileSync(join(ROOT, 'samples', 'comments.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Request i of the mix: of every 10, 4 signed /checkpost, 4 new Facebook comments, 2 clicks on earlier alerts. */
function nth(base: string, i: number): () => Promise<number> {
  const k = i % 10;
  const n = Math.floor(i / 10);
  if (k < 4) {
    const body = commandBody({ command: '/checkpost', text: `${TEXTS[(n + k) % TEXTS.length]} ${i}`, user_id: 'U0MOD' });
    return () => post(`${base}/slack/events`, body, slackHeaders(SLACK_SECRET, body));
  }
  if (k < 8) {
    const body = feedBody(n * 4 + (k - 4));
    return () => post(`${base}/webhooks/facebook`, body, { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, FB_SECRET) });
  }
  // A comment of ten rounds back, alerted by now: hide it, or approve it.
  const target = Math.max(0, n - 10) * 4 + (k - 8);
  const actionId = k === 8 ? 'vigie_hide' : 'vigie_approve';
  const body = interactionBody({
    type: 'block_actions',
    user: { id: 'U0MOD', username: 'mod', name: 'mod', team_id: 'T0VIGIE' },
    api_app_id: 'A0VIGIE',
    token: 'legacy',
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: `trig-${i}`,
    team: { id: 'T0VIGIE', domain: 'vigie' },
    channel: { id: CHANNEL, name: 'moderation' },
    message: { type: 'message', ts: '1700000001.000100', text: 'alert' },
    response_url: 'https://hooks.slack.com/actions/T0VIGIE/1/abc',
    actions: [
      {
        action_id: actionId,
        block_id: 'vigie_decide',
        text: { type: 'plain_text', text: 'x' },
        value: itemIdFor(target),
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  });
  return () => post(`${base}/slack/events`, body, slackHeaders(SLACK_SECRET, body));
}

async function drive(base: string): Promise<{ statuses: Map<number, number>; seconds: number }> {
  const statuses = new Map<number, number>();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < REQUESTS) {
        const status = await nth(base, next++)();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { statuses, seconds: (performance.now() - t0) / 1000 };
}

/** The node flags of `npm start` (`node [flags] dist/adapters/main.js`), so the bench measures what runs. */
function startScriptFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('dist/adapters/main.js'));
}

/** Lets the server finish the work it acknowledged (alerts, decisions) before its memory is read. */
const settle = () => new Promise((r) => setTimeout(r, 3000));

export default async function bench(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-memory-'));
  const slack = await slackStandIn();
  const rows: string[] = [];
  const children: ChildProcess[] = [];
  try {
    // Vigie as `npm start` runs it (its node flags read from package.json), and any variants to compare
    // (`BENCH_NODE_ARGS='--flag;--other-flag'`, one set of flags per extra row).
    const startFlags = startScriptFlags();
    const variants = [
      startFlags,
      ...(process.env.BENCH_NODE_ARGS ?? '')
        .split(';')
        .filter((v) => v.trim())
        .map((v) => v.trim().split(/\s+/)),
    ];
    const servers: [string, string[], Record<string, string>][] = [
      ['bare HTTP server, same dependencies (baseline)', ['--input-type=module', '-e', BARE], {}],
      ...variants.map((flags): [string, string[], Record<string, string>] => [
        `Vigie (\`node ${[...flags, 'dist/adapters/main.js'].join(' ')}\`)`,
        [...flags, join(ROOT, 'dist', 'adapters', 'main.js')],
        {
          PORT: '0',
          VIGIE_STORE: join(dir, `vigie-${flags.join('')}.sqlite`),
          VIGIE_CONSOLE: '0',
          VIGIE_POLICY: 'senneterre',
          SLACK_SIGNING_SECRET: SLACK_SECRET,
          SLACK_BOT_TOKEN: 'xoxb-bench',
          SLACK_CHANNEL: CHANNEL,
          SLACK_API_URL: slack.url,
          FACEBOOK_APP_SECRET: FB_SECRET,
          FACEBOOK_VERIFY_TOKEN: 'bench',
        },
      ]),
    ];
    for (const [name, args, env] of servers) {
      const s = await startChild(args, env);
      children.push(s.child);
      const atStart = rss(s.child.pid!);
      const run = await drive(s.base);
      await settle();
      const end = rss(s.child.pid!);
      // V8 gives memory back once the process idles (its memory reducer): read again after a quiet while.
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const idle = rss(s.child.pid!);
      if (process.env.BENCH_SNAPSHOT && name.startsWith('Vigie')) {
        // `BENCH_NODE_ARGS=--heapsnapshot-signal=SIGUSR2 BENCH_SNAPSHOT=1`: a heap snapshot in the checkout's root.
        s.child.kill('SIGUSR2');
        while (!readdirSync(ROOT).some((f) => f.startsWith(`Heap.`) && f.includes(`.${s.child.pid}.`) && statSync(join(ROOT, f)).size > 0)) {
          await new Promise((r) => setTimeout(r, 1000));
        }
        await new Promise((r) => setTimeout(r, 5000));
      }
      const statuses = [...run.statuses].map(([code, n]) => `${n}× ${code}`).join(', ');
      rows.push(
        `| ${name} | ${atStart.now.toFixed(0)} | ${end.now.toFixed(0)} | ${idle.now.toFixed(0)} | ${end.peak.toFixed(0)} | ${statuses} | ${(REQUESTS / run.seconds).toFixed(0)} |`,
      );
      s.child.kill('SIGTERM');
    }
    process.stdout.write(
      `${REQUESTS.toLocaleString('en')} requests, ${IN_FLIGHT} in flight: of every 10, 4 signed /checkpost, 4 signed Facebook comments, 2 Hide/Approve clicks.\n\n` +
        `| server | RSS at start MB | RSS after MB | RSS ${IDLE_MS / 1000} s later MB | peak MB | answers | req/s |\n| --- | ---: | ---: | ---: | ---: | --- | ---: |\n` +
        `${rows.join('\n')}\n\ntarget: Vigie ≤ ${TARGET_MB} MB after. Slack Web API calls: ${[...slack.calls].map(([m, n]) => `${m} ${n}`).join(', ')}.\n` +
        `load average at the end: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}\n`,
    );
  } finally {
    for (const c of children) c.kill('SIGKILL');
    agent.destroy();
    slack.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
