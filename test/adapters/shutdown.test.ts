import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { deliver, feedBody, itemIdFor } from '../faults/webhook.js';
import { slackApiStandIn } from '../helpers/slackApiStandIn.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'shutdown-app-secret';
const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  const end = Date.now() + ms;
  for (;;) {
    const m = pattern.exec(read());
    if (m) return m;
    if (Date.now() > end) throw new Error(`waited for ${String(pattern)}; got:\n${read().slice(-3000)}`);
    await sleep(20);
  }
}

/** The server in its own Node process (no wrapper, so the signal reaches it), Slack on a local stand-in. */
async function spawnServer(slackUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-sigterm-'));
  dirs.push(dir);
  const storePath = join(dir, 'vigie.sqlite');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|FACEBOOK_|Microsoft|VIGIE_|PORT$)/.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: ROOT,
    env: {
      ...clean,
      PORT: '0',
      VIGIE_STORE: storePath,
      VIGIE_LOG_FORMAT: 'json',
      FACEBOOK_APP_SECRET: SECRET,
      SLACK_SIGNING_SECRET: 'shutdown-signing-secret',
      SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
      SLACK_CHANNEL: 'C0ALERTS',
      SLACK_API_URL: slackUrl,
    },
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${(await waitFor(() => out, /localhost:(\d+)/, 60_000))[1]}`;
  // Ready once the scheduler runs (after the start-up recovery).
  for (let i = 0; i < 500; i++) {
    if (
      (await fetch(`${base}/readyz`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      break;
    await sleep(20);
  }
  return { child, base, storePath, exited, err: () => err };
}

describe('SIGTERM (a real child process)', () => {
  it('stops taking deliveries, finishes every acknowledged one (checked and alerted) and exits 0 within 10 s', async () => {
    // Each alert takes Slack 1.5 s: at the signal, every acknowledged comment is still being alerted.
    const slack = await slackApiStandIn({ delayMs: 1500 });
    try {
      const server = await spawnServer(slack.url);
      const acked: number[] = [];
      const refused: number[] = [];
      const send = async (n: number) => ((await deliver(server.base, feedBody(n), SECRET)) === 200 ? acked : refused).push(n);
      await Promise.all(Array.from({ length: 12 }, (_, n) => send(n)));
      expect(acked).toHaveLength(12);

      const signalled = Date.now();
      server.child.kill('SIGTERM');
      // Keep delivering until the server turns deliveries away; whatever it still acknowledged, it owes.
      for (let n = 100; refused.length === 0 && n < 200; n++) {
        await send(n);
        await sleep(25);
      }
      expect(refused.length).toBeGreaterThan(0);

      expect(await server.exited).toBe(0);
      const took = Date.now() - signalled;
      expect(took).toBeLessThan(10_000);

      const store = await openStore(server.storePath);
      try {
        for (const n of acked) {
          const item = await store.getItem(itemIdFor(n));
          expect(item?.status, `delivery ${n}`).toBe('open');
          expect(
            item?.alerts?.map((a) => a.surface),
            `delivery ${n}`,
          ).toEqual(['slack']);
        }
      } finally {
        await store.close();
      }
      expect(slack.of('chat.postMessage').length).toBe(acked.length);
      const events = server
        .err()
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { event: string }).event);
      expect(events).toContain('shutdown.done');
      expect(events).not.toContain('shutdown.unfinished');
      expect(server.err()).not.toMatch(/"level":"error"/);
    } finally {
      await slack.close();
    }
  }, 120_000);

  it('gives up on work that cannot finish, gives its leases back and still exits within 10 s', async () => {
    // A Slack that never answers in time: the drain ends with the alert still waiting.
    const slack = await slackApiStandIn({ delayMs: 60_000 });
    try {
      const server = await spawnServer(slack.url);
      expect(await deliver(server.base, feedBody(1), SECRET)).toBe(200);
      await waitFor(() => String(slack.of('chat.postMessage').length), /^1$/, 10_000);
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      await server.exited;
      expect(Date.now() - signalled).toBeLessThan(10_000);
      const unfinished = server
        .err()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { event: string; leasesReleased?: number })
        .find((e) => e.event === 'shutdown.unfinished');
      expect(unfinished?.leasesReleased).toBe(1);
      const store = await openStore(server.storePath);
      try {
        const item = await store.getItem(itemIdFor(1));
        // Not lost: still `received`, for the next start (or another replica's recovery sweep)...
        expect(item?.status).toBe('received');
        // ...which can take it at once: the processing lease was given back, not left to run out.
        expect(await store.claim(`process:${item!.id}:${item!.updatedAt}`, 30_000)).toBeDefined();
      } finally {
        await store.close();
      }
    } finally {
      await slack.close();
    }
  }, 120_000);
});
