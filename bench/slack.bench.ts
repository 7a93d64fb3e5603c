// Acknowledgement time of a signed `/checkpost` under a steady local load (open loop: requests leave on schedule
// whatever the answers do), beside a baseline: the same Bolt receiver, signature check and express server answering a
// bare `ack()`. The server runs in a child process so the load generator does not share its event loop.
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SECRET = 'bench-signing-secret';
const RATES = [200, 400];
const SECONDS = 3;
const here = fileURLToPath(import.meta.url);

/** The child: Vigie's Slack router and a bare Bolt app on one express server, over real policies and a temp store. */
async function serve(): Promise<void> {
  const [{ App, ExpressReceiver }, { createServer }, { createSlack }, { loadPolicies }, { openStore }] = await Promise.all([
    import('@slack/bolt'),
    import('../adapters/server.js'),
    import('../adapters/slack/createSlack.js'),
    import('../src/policy/loadPolicies.js'),
    import('../src/store/openStore.js'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  const store = await openStore(join(dir, 'vigie.sqlite'));
  // The bench user's locale is known, as it is after their first command: no users.info call in the measure.
  await store.setValue('slack-locale', 'U0BENCH', 'fr-CA');
  const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };
  const ctx = {
    policies: await loadPolicies(),
    defaultPolicyId: 'mess-quebec',
    store,
    surfaces: [],
    platformFor: () => undefined,
    now: () => new Date(),
    log: quiet,
    moderators: [],
    dryRun: true,
  };
  const slack = createSlack(ctx, { signingSecret: SECRET, botToken: 'xoxb-bench', apiUrl: 'http://127.0.0.1:9/api/' });
  const bareReceiver = new ExpressReceiver({ signingSecret: SECRET, endpoints: '/slack/events' });
  const bare = new App({ receiver: bareReceiver, authorize: async () => ({ botToken: 'xoxb-bench' }) });
  bare.command('/checkpost', async ({ ack }) => ack());
  const app = createServer([
    { path: '/vigie', router: slack.router },
    { path: '/bare', router: bareReceiver.router as typeof slack.router },
  ]);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  process.send!({ port: (server.address() as AddressInfo).port });
  process.on('disconnect', () => {
    server.close();
    void store.close().finally(() => rmSync(dir, { recursive: true, force: true }));
  });
}

function texts(): string[] {
  const lines = readFileSync(fileURLToPath(new URL('../samples/comments.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text);
}

function signed(text: string): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    command: '/checkpost',
    text,
    user_id: 'U0BENCH',
    user_name: 'bench',
    channel_id: 'C0BENCH',
    team_id: 'T0BENCH',
    response_url: 'https://hooks.slack.com/commands/T0BENCH/1/x',
    trigger_id: '1.2.3',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig },
  };
}

interface Run {
  sent: number;
  ok: number;
  p50: number;
  p99: number;
  max: number;
  achieved: number;
  errors?: string;
}

// node:http with keep-alive costs the generator less than fetch, so more of the machine goes to the server.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function post(url: string, req: { body: string; headers: Record<string, string> }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const r = request(url, { method: 'POST', agent, headers: { ...req.headers, 'content-length': Buffer.byteLength(req.body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Sends `rate` signed requests a second for SECONDS seconds and times each answer. */
async function load(
  url: string,
  rate: number,
  pool: { body: string; headers: Record<string, string> }[],
  check: (json: unknown) => boolean,
): Promise<Run> {
  const total = rate * SECONDS;
  const times: number[] = [];
  let ok = 0;
  const errors = new Map<string, number>();
  const note = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const req = pool[i % pool.length]!;
    const t0 = performance.now();
    inflight.push(
      post(url, req)
        .then(({ status, text }) => {
          times.push(performance.now() - t0);
          if (status === 200 && check(text ? JSON.parse(text) : undefined)) ok++;
          else void note(`HTTP ${status}`);
        })
        .catch((err: NodeJS.ErrnoException) => void note(err.code ?? err.message)),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  const errorList = [...errors].map(([k, n]) => `${n}× ${k}`).join(', ');
  return {
    sent: total,
    ok,
    p50: q(0.5),
    p99: q(0.99),
    max: times.at(-1) ?? NaN,
    achieved: total / elapsed,
    ...(errorList ? { errors: errorList } : {}),
  };
}

/** One request at a time: the acknowledgement time with no queue in front of it. */
async function sequential(
  url: string,
  n: number,
  pool: { body: string; headers: Record<string, string> }[],
  check: (json: unknown) => boolean,
): Promise<Run> {
  const times: number[] = [];
  let ok = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const { status, text } = await post(url, pool[i % pool.length]!);
    times.push(performance.now() - t0);
    if (status === 200 && check(text ? JSON.parse(text) : undefined)) ok++;
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { sent: n, ok, p50: q(0.5), p99: q(0.99), max: times.at(-1)!, achieved: n / ((performance.now() - start) / 1000) };
}

export default async function bench(): Promise<void> {
  const loadAtStart = loadavg()[0]!;
  const child: ChildProcess = fork(here, [], {
    env: { ...process.env, VIGIE_SLACK_BENCH_ROLE: 'server' },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  try {
    const pool = texts().map(signed);
    const isCheck = (j: unknown) =>
      (j as { response_type?: string; blocks?: unknown[] })?.response_type === 'ephemeral' && Array.isArray((j as { blocks?: unknown[] }).blocks);
    const base = `http://127.0.0.1:${port}`;
    // Warm up both paths (policy compilation, JIT, connections) before measuring.
    await load(`${base}/bare/slack/events`, 100, pool, () => true);
    await load(`${base}/vigie/slack/events`, 100, pool, isCheck);
    const rows: string[] = [];
    for (const [name, url, check] of [
      ['bare ack() (baseline)', `${base}/bare/slack/events`, () => true],
      ['/checkpost (Vigie)', `${base}/vigie/slack/events`, isCheck],
    ] as const) {
      const r = await sequential(url, 200, pool, check);
      rows.push(
        `| ${name} | one at a time | ${r.achieved.toFixed(0)} | ${r.sent} | ${r.ok} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`,
      );
    }
    for (const rate of RATES) {
      for (const [name, url, check] of [
        ['bare ack() (baseline)', `${base}/bare/slack/events`, () => true],
        ['/checkpost (Vigie)', `${base}/vigie/slack/events`, isCheck],
      ] as const) {
        const r = await load(url, rate, pool, check);
        rows.push(
          `| ${name} | ${rate} | ${r.achieved.toFixed(0)} | ${r.sent} | ${r.ok}${r.errors ? ` (${r.errors})` : ''} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`,
        );
      }
    }
    // What the answer itself costs: the check and its Block Kit rendering, in this process, no HTTP.
    const [{ loadPolicies }, { check }, { checkBlocks }] = await Promise.all([
      import('../src/policy/loadPolicies.js'),
      import('../src/policy/check.js'),
      import('../adapters/slack/blocks/checkBlocks.js'),
    ]);
    const policy = (await loadPolicies()).get('mess-quebec')!;
    const samples = texts();
    for (const t of samples) checkBlocks(check(policy, t), t, { kind: 'comment', policy, lang: 'fr' });
    const n = 2000;
    const results = samples.map((t) => check(policy, t));
    const c0 = performance.now();
    for (let i = 0; i < n; i++) check(policy, samples[i % samples.length]!);
    const c1 = performance.now();
    for (let i = 0; i < n; i++) {
      const k = i % samples.length;
      checkBlocks(results[k]!, samples[k]!, { kind: 'comment', policy, lang: 'fr' });
    }
    const c2 = performance.now();
    const us = (ms: number) => ((ms * 1000) / n).toFixed(0);
    process.stdout.write(
      `In process, no HTTP (mean of ${n}): check() ${us(c1 - c0)} µs a text, Block Kit rendering ${us(c2 - c1)} µs.\n` +
        `Machine: ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} when the run started (other work shares the cores).\n\n` +
        `Signed slash commands over loopback, ${SECONDS} s per row, ${pool.length} sample texts in turn (server in a child process).\n\n` +
        '| server | target req/s | achieved req/s | sent | ok | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n' +
        `${rows.join('\n')}\n`,
    );
  } finally {
    agent.destroy();
    child.disconnect();
  }
}

if (process.env.VIGIE_SLACK_BENCH_ROLE === 'server') await serve();
