import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedInChannel } from './fixtures.js';

/**
 * A real Vigie server, in its own process, with MicrosoftAppId set, as on the internet: strangers post to
 * /api/messages all day. Its stderr is what an operator reads; whatever the forgery, a refused request must leave
 * at most the one rate-limited warning line there — no stack trace, no signing key dumped by botbuilder.
 */
const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const main = fileURLToPath(new URL('../../../adapters/main.ts', import.meta.url));
const keysStandIn = fileURLToPath(new URL('./signingKeysStandIn.ts', import.meta.url));

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A JWT as the Bot Connector makes them; `key` decides whether it is genuine. */
function token(key: KeyObject | undefined, claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: key ? 'RS256' : 'none', typ: 'JWT', kid: 'connector-key', ...header }));
  const payload = b64url(
    JSON.stringify({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims }),
  );
  const signature = key ? b64url(createSign('RSA-SHA256').update(`${head}.${payload}`).sign(key)) : '';
  return `${head}.${payload}.${signature}`;
}

describe("Teams with MicrosoftAppId: what refused requests leave on a real server's stderr", () => {
  const connector = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let dir: string;
  let child: ChildProcess;
  let base: string;
  let stderr = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-teams-stderr-'));
    const jwk = connector.publicKey.export({ format: 'jwk' });
    child = spawn(process.execPath, ['--import', 'tsx', '--import', keysStandIn, main], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        VIGIE_STORE: join(dir, 'vigie.sqlite'),
        VIGIE_CONSOLE: '0',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-here',
        VIGIE_TEST_CONNECTOR_JWK: JSON.stringify({ kid: 'connector-key', n: jwk.n, e: jwk.e }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    child.once('exit', () => process.off('exit', reap));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/localhost:(\d+)/.exec(out);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.once('exit', (code) => reject(new Error(`vigie exited (${code}) before it listened:\n${stderr.slice(-2000)}`)));
    });
  }, 90_000); // tsx compiles the whole server first: seconds on a busy machine
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(installedInChannel(SERVICE_URL)),
    });

  it('answers every forgery 401 and writes at most one warning line, never a stack trace or a key', { timeout: 60_000 }, async () => {
    // The Connector's keys are fetched once, by a genuine request, as they would be on a live server.
    expect((await send(`Bearer ${token(connector.privateKey)}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = stderr.length;
    const past = Math.floor(Date.now() / 1000) - 7200;
    const forgeries: (string | undefined)[] = [
      undefined,
      'Bearer junk',
      `Basic ${b64url('user:pass')}`,
      // Well-formed JWTs that reach botbuilder's signature check:
      `Bearer ${token(stranger.privateKey)}`, // signed with another key under the Connector's key id
      `Bearer ${token(connector.privateKey, { nbf: past - 3600, exp: past })}`, // expired
      `Bearer ${token(connector.privateKey, { aud: 'another-bot' })}`, // for another bot
      `Bearer ${token(undefined)}`, // alg none, no signature
      `Bearer ${token(stranger.privateKey, {}, { kid: 'unknown-key' })}`,
    ];
    for (let round = 0; round < 3; round++) {
      for (const authorization of forgeries) expect((await send(authorization)).status).toBe(401);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const said = stderr.slice(before);
    const lines = said.split('\n').filter((l) => l.trim() !== '');
    expect(said).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(said).not.toMatch(/BEGIN (RSA )?PUBLIC KEY|Error finding key|TokenExpiredError/);
    expect(lines).toHaveLength(1); // the first refusal's; the next minute's would carry the count
    for (const line of lines) expect(line).toMatch(/ warn teams: refused requests without a valid Bot Connector token/);
  });
});
