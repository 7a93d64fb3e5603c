import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzResult, FuzzTarget, Route } from './fuzzClient.js';

/**
 * Every POST route of a running Vigie on loopback takes generated payloads — random bytes, random JSON, and valid
 * deliveries with one field mutated, signed and unsigned — and none may answer 5xx or stop the server. Seeded, so a
 * failure replays; bounded in count (10,000) and by the test's timeout.
 *
 * The server (fuzzServer.ts) and the generator (fuzzClient.ts) each run in a plain Node process: inside the test
 * runner's worker an HTTP request costs about ten times the CPU, and with both there the 10,000 shots took about
 * 48 s of CPU on one core; apart, about 8 s for the generator and 26 s for the server, measured on a machine busy
 * with other work (load above 20), each on its own core when one is free.
 */
const RUNS = 10_000;
const SEED = 20261202;
const SECRETS = { facebook: 'fuzz-fb-secret', webhook: 'fuzz-hook-secret', slack: 'fuzz-slack-secret' };

let dir: string;
let server: ChildProcess;
let serverLog = '';
let port: number;
let standInUrl: string;

/** Starts a TypeScript file in its own Node process; resolves with what it prints on the line that `marker` starts. */
function run(file: string, env: Record<string, string>, marker: RegExp, onStart?: (child: ChildProcess) => void): Promise<RegExpExecArray> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onStart?.(child);
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = marker.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}):\n${err}\nserver log:\n${serverLog}`)));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
  const env = {
    PORT: '0',
    VIGIE_STORE: join(dir, 'vigie.sqlite'),
    VIGIE_CONSOLE: '0',
    FACEBOOK_APP_SECRET: SECRETS.facebook,
    VIGIE_WEBHOOK_SECRET: SECRETS.webhook,
    SLACK_SIGNING_SECRET: SECRETS.slack,
    SLACK_BOT_TOKEN: 'xoxb-fuzz',
    SLACK_CHANNEL: 'C0FUZZ',
    // The most open the Teams route gets: unauthenticated, loopback only; the bot's code runs for each activity.
    VIGIE_TEAMS_LOCAL: '1',
  };
  const ready = await run('./fuzzServer.ts', { VIGIE_FUZZ_ENV: JSON.stringify(env) }, /READY (\d+) (\S+)/, (child) => {
    server = child;
    // The log, kept short: its last lines say why, should the server die.
    child.stderr!.on('data', (c: Buffer) => (serverLog = (serverLog + c.toString()).slice(-4000)));
  });
  port = Number(ready[1]);
  standInUrl = ready[2]!;
}, 90_000); // tsx compiles the whole server first: seconds on a busy machine
afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('fuzzing every POST route of a running server', () => {
  // A ceiling for a machine shared with other work, not the expected time: the shots cost about 8 s of CPU to the
  // generator and 26 s to the server (measured at a load of 25, when they took about 110 s of wall time).
  it(`answers ${RUNS} generated payloads with < 500, and still answers /healthz`, { timeout: 240_000 }, async () => {
    const target: FuzzTarget = { port, standInUrl, runs: RUNS, seed: SEED, secrets: SECRETS };
    const [, json] = await run('./fuzzClient.ts', { VIGIE_FUZZ_TARGET: JSON.stringify(target) }, /RESULT (.+)\n/);
    const result = JSON.parse(json!) as FuzzResult;
    expect(result.failures).toEqual([]);
    for (const route of Object.keys(result.counts) as Route[]) expect(result.counts[route]).toBeGreaterThan(RUNS / 5);
    expect(server.exitCode, serverLog).toBeNull();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });
});
