import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startVigie, type VigieHandle } from '../../adapters/main.js';
import { ConfigError } from '../../adapters/config.js';
import { freePort, redisBinary } from '../helpers/redisServer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dirs: string[] = [];
const running: VigieHandle[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-main-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((v) => v.close()));
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Polls `read()` until it contains `text` (bounded, so a broken product fails instead of hanging). */
async function waitFor(read: () => string, text: string | RegExp, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const now = read();
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
    if (Date.now() > end) throw new Error(`waited for ${String(text)}; got:\n${now}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The whole product in this process: port 0, a temp store, the console on PassThrough streams (taken for a
 *  terminal unless `interactive: false`). */
async function start(env: Record<string, string> = {}, interactive = true) {
  const input = new PassThrough();
  const output = new PassThrough();
  const error = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (c: Buffer) => (out += c.toString('utf8')));
  error.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const vigie = await startVigie({ PORT: '0', VIGIE_STORE: join(tempDir(), 'vigie.sqlite'), ...env }, { input, output, error, interactive });
  running.push(vigie);
  return {
    vigie,
    base: `http://127.0.0.1:${vigie.port}`,
    type: (line: string) => input.write(`${line}\n`),
    out: () => out,
    err: () => err,
    input,
  };
}

describe('startVigie', () => {
  it('starts with nothing configured: console, HTTP server, health, banner', async () => {
    const v = await start();
    expect(v.vigie.console).toBe(true);
    expect(v.out()).toContain(`Vigie — http://localhost:${v.vigie.port}`);
    expect(v.out()).toContain('  politique : mess-quebec (5 chargées)');
    expect(v.out()).toContain('surfaces : shell');
    const res = await fetch(`${v.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      store: 'reachable',
      policies: expect.arrayContaining(['mess-quebec', 'senneterre', 'baie-comeau', 'ombudsman-ontario', 'ontario-specialist-accounts']),
      scheduler: 'running',
      surfaces: ['shell'],
    });
    expect(await (await fetch(`${v.base}/healthz`)).json()).toEqual({ status: 'alive' });
    const unsigned = await fetch(`${v.base}/webhooks/comments`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'not_configured' });
    const missing = await fetch(`${v.base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
  });

  it('takes a sample comment through the pipeline to a decision, typed at the console', async () => {
    const v = await start();
    v.type('/exemple 4');
    const out = await waitFor(v.out, 'Alerte n° 1');
    expect(out).toContain('Steve Tremblay');
    expect(out).toMatch(/Choix : \/approuver 1 · \/masquer 1/);
    v.type('/masquer 1');
    await waitFor(v.out, /n° 1 — Masqué par console/);
    const item = (await v.vigie.ctx.store.listItems(['hidden']))[0];
    expect(item?.text).toMatch(/^Calice que vous êtes lents/);
    const audit = await v.vigie.ctx.store.listAudit();
    expect(audit.map((a) => a.decision)).toEqual(expect.arrayContaining(['received', 'checked', 'hide']));
    expect(audit.find((a) => a.decision === 'hide')).toMatchObject({ actor: 'shell:console', result: 'ok' });
    v.type('/quitter');
    await v.vigie.closed;
  });

  it('alerts the console about a signed Facebook webhook delivery', async () => {
    const secret = 'app-secret';
    const v = await start({ FACEBOOK_APP_SECRET: secret, FACEBOOK_VERIFY_TOKEN: 'verify-me' });
    const challenge = await fetch(`${v.base}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=42`);
    expect(await challenge.text()).toBe('42');
    const body = readFileSync(join(ROOT, 'test/fixtures/facebook/commentAdd.json'), 'utf8');
    const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    const bad = await fetch(`${v.base}/webhooks/facebook`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' },
    });
    expect(bad.status).toBe(401);
    const res = await fetch(`${v.base}/webhooks/facebook`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    });
    expect(res.status).toBe(200);
    const out = await waitFor(v.out, 'Alerte n° 1');
    expect(out).toContain('Jean Tremblay');
    expect(out).toContain('quand ouvre la piscine municipale');
    // The alert prints while the pipeline is still notifying; the item is open once every surface has it.
    for (let i = 0; i < 200 && (await v.vigie.ctx.store.listItems(['open'])).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    v.type('/ouverts');
    await waitFor(v.out, /1 élément\(s\) ouvert\(s\) :\n\s+n° 1 ·/);
  });

  it('alerts the console about a comment from the generic signed webhook', async () => {
    const secret = 'hook-secret';
    const v = await start({ VIGIE_WEBHOOK_SECRET: secret });
    const body = JSON.stringify({
      source: 'instagram',
      externalId: 'ig-1',
      pageId: 'ville-senneterre',
      author: { id: 'u1', name: 'Gilles Côté' },
      text: 'You people are useless idiots',
      at: '2026-11-23T15:00:00Z',
    });
    const res = await fetch(`${v.base}/webhooks/comments`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-vigie-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` },
    });
    expect(res.status).toBe(200);
    const out = await waitFor(v.out, 'Alerte n° 1');
    expect(out).toContain('Gilles Côté');
    expect(out).toContain('À masquer');
  });

  it('shuts /api/messages without MicrosoftAppId: a forged click is refused with 401 and nothing reaches the page', async () => {
    // A stand-in for the Graph API that counts what reaches it.
    let graphCalls = 0;
    const graph: Server = createHttpServer((_req, res) => {
      graphCalls++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    const graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/`;
    const v = await start({ VIGIE_CONSOLE: '0', FACEBOOK_APP_SECRET: 'fb', FACEBOOK_PAGE_TOKEN: 'page-token', FACEBOOK_GRAPH_URL: graphUrl });
    const now = new Date().toISOString();
    await v.vigie.ctx.store.putItem({
      id: 'facebook:111_222',
      source: 'facebook',
      externalId: '111_222',
      pageId: '111',
      policyId: 'mess-quebec',
      kind: 'comment',
      author: { id: 'fb-1' },
      text: 'Merci',
      receivedAt: now,
      updatedAt: now,
      status: 'open',
      needsReply: false,
    });
    const forged = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'http://169.254.169.254/',
      from: { id: 'console', aadObjectId: 'console' },
      recipient: { id: 'bot' },
      conversation: { id: 'conv-1', conversationType: 'channel' },
      value: { vigieVerb: 'delete', itemId: 'facebook:111_222' },
    };
    const res = await fetch(`${v.base}/api/messages`, {
      method: 'POST',
      body: JSON.stringify(forged),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toMatch(/MicrosoftAppId/);
    expect(await v.vigie.ctx.store.listValues('teams-refs')).toEqual([]);
    expect(v.err()).not.toMatch(/VIGIE_TEAMS_LOCAL=1/);
    expect((await v.vigie.ctx.store.getItem('facebook:111_222'))?.status).toBe('open');
    await new Promise<void>((resolve) => graph.close(() => resolve()));
    expect(graphCalls).toBe(0);
  });

  it('answers Teams local traffic on /api/messages with VIGIE_TEAMS_LOCAL=1, and warns at start-up', async () => {
    const v = await start({ VIGIE_TEAMS_LOCAL: '1' });
    expect(v.err()).toMatch(/warn VIGIE_TEAMS_LOCAL=1: \/api\/messages takes UNAUTHENTICATED activities from this machine/);
    // A stand-in for the Bot Connector: the bot's reply is posted back to the activity's serviceUrl.
    const posted: { url: string; body: { summary?: string; attachments?: unknown[] } }[] = [];
    const connector: Server = createHttpServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        posted.push({ url: req.url ?? '', body: JSON.parse(raw || '{}') as { summary?: string } });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    try {
      const bad = await fetch(`${v.base}/api/messages`, { method: 'POST', body: '{"hello":1}', headers: { 'content-type': 'application/json' } });
      expect(bad.status).toBe(400);
      const activity = {
        type: 'message',
        id: 'act-1',
        channelId: 'msteams',
        serviceUrl: `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`,
        from: { id: 'user-1', name: 'Julie' },
        recipient: { id: 'bot-1', name: 'Vigie' },
        conversation: { id: 'conv-1' },
        locale: 'fr-CA',
        text: 'checkpost Calice que vous êtes lents',
      };
      const res = await fetch(`${v.base}/api/messages`, {
        method: 'POST',
        body: JSON.stringify(activity),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBeLessThan(300);
      const reply = posted.find((p) => p.url.startsWith('/v3/conversations/conv-1/activities'));
      expect(reply?.url).toBe('/v3/conversations/conv-1/activities/act-1');
      expect(reply?.body.summary).toBe('Ne pas publier tel quel — 1 constat');
      expect(JSON.stringify(reply?.body.attachments)).toContain('Calice');
    } finally {
      await new Promise<void>((resolve) => connector.close(() => resolve()));
    }
  });

  it('keeps the console off when a chat app is configured, unless asked', async () => {
    const teams = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'pw' };
    const off = await start(teams);
    expect(off.vigie.console).toBe(false);
    expect(off.out()).not.toContain('Console Vigie');
    expect(off.out()).toContain('surfaces : teams');
    const forced = await start({ ...teams, VIGIE_CONSOLE: '1' });
    expect(forced.vigie.console).toBe(true);
    expect(forced.out()).toContain('surfaces : teams, shell');
  });

  it('never acts on the page for a generic-webhook item, even with a Page token: record and alert only', async () => {
    let graphCalls = 0;
    const graph: Server = createHttpServer((_req, res) => {
      graphCalls++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    const graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/`;
    const v = await start({
      VIGIE_CONSOLE: '0',
      VIGIE_WEBHOOK_SECRET: 'hook',
      FACEBOOK_APP_SECRET: 'fb',
      FACEBOOK_PAGE_TOKEN: 'page-token',
      FACEBOOK_GRAPH_URL: graphUrl,
    });
    const body = JSON.stringify({
      source: 'instagram',
      externalId: '1789',
      pageId: 'ig-1',
      author: { id: 'a1' },
      text: 'Bande de caves',
      at: '2026-03-03T15:00:00Z',
    });
    const sig = `sha256=${createHmac('sha256', 'hook').update(body).digest('hex')}`;
    const res = await fetch(`${v.base}/webhooks/comments`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-vigie-signature-256': sig },
    });
    expect(res.status).toBe(200);
    const [{ id }] = ((await res.json()) as { stored: { id: string }[] }).stored as [{ id: string }];
    const { decide } = await import('../../src/moderation/decide.js');
    for (const decision of ['hide', 'delete', 'reply'] as const) {
      const outcome = await decide(v.vigie.ctx, { itemId: id, decision, actor: { surface: 'shell', id: 'console' }, replyText: 'Bonjour' });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'platform.not_configured', params: { source: 'webhook-instagram' } } });
    }
    await new Promise<void>((resolve) => graph.close(() => resolve()));
    expect(graphCalls).toBe(0);
  });

  it.skipIf(!redisBinary)('prints a Redis store URL in the banner without its password', async () => {
    const port = await freePort();
    const redis = spawn('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--requirepass',
      's3cret-pw',
    ]);
    try {
      let v: Awaited<ReturnType<typeof start>> | undefined;
      // Until the server is up (bounded); its start-up takes a few milliseconds.
      for (let tries = 0; !v && tries < 100; tries++) {
        v = await start({ VIGIE_CONSOLE: '0', VIGIE_STORE: `redis://:s3cret-pw@127.0.0.1:${port}` }).catch(async () => {
          await new Promise((r) => setTimeout(r, 50));
          return undefined;
        });
      }
      expect(v!.out()).toContain(`magasin : redis://:***@127.0.0.1:${port}`);
      expect(v!.out() + v!.err()).not.toContain('s3cret-pw');
      await v!.vigie.close();
    } finally {
      redis.kill('SIGKILL');
    }
  });

  it('mounts Slack when its credentials are set, behind its signature check', async () => {
    const v = await start({ SLACK_SIGNING_SECRET: 'shh', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_CHANNEL: 'C0123' });
    expect(v.vigie.console).toBe(false);
    expect(v.out()).toContain('surfaces : slack');
    expect(v.out()).toContain('/slack/events');
    const unsigned = await fetch(`${v.base}/slack/events`, {
      method: 'POST',
      body: 'command=%2Fcheckpost&text=Bonjour',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unsigned.status).toBe(401);
    const health = (await (await fetch(`${v.base}/readyz`)).json()) as { surfaces: string[] };
    expect(health.surfaces).toEqual(['slack']);
  });

  it('refuses a bad configuration with every problem listed', async () => {
    await expect(startVigie({ PORT: 'abc', VIGIE_DRY_RUN: 'maybe' })).rejects.toThrow(ConfigError);
    await expect(startVigie({ PORT: '0', VIGIE_POLICY: 'atlantis', VIGIE_STORE: join(tempDir(), 's.sqlite') })).rejects.toThrow(
      /unknown policy 'atlantis' \(known: .*mess-quebec/,
    );
  });

  it('stops the server and closes the store on close()', async () => {
    const v = await start({ VIGIE_CONSOLE: '0' });
    expect((await fetch(`${v.base}/healthz`)).status).toBe(200);
    await v.vigie.close();
    await v.vigie.closed;
    await expect(fetch(`${v.base}/healthz`)).rejects.toThrow();
    await v.vigie.close(); // twice is fine
  });
});

describe('the banner', () => {
  it('is said in the operator’s language, one language at a time, as the console greets them (issue 16 item 8)', async () => {
    const v = await start({ LANG: 'en_CA.UTF-8' });
    expect(v.out()).toContain('  policy: mess-quebec (5 loaded)');
    expect(v.out()).toContain('  surfaces: shell');
    expect(v.out()).toContain('Vigie console — type /help');
    expect(v.out()).not.toMatch(/ \/ [a-z]|magasin|politique|Console Vigie/);
  });
});

describe('npm start (a child process)', () => {
  function spawnVigie(env: Record<string, string>) {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|FACEBOOK_|Microsoft|VIGIE_|PORT$)/.test(k))) as Record<
      string,
      string
    >;
    // French, whatever the machine's locale: the banner speaks the operator's language.
    const child = spawn(process.execPath, [TSX, 'adapters/main.ts'], {
      cwd: ROOT,
      env: { ...clean, LANG: 'fr_CA.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, out: () => out, err: () => err, exited };
  }

  it('answers /checkpost on standard input and stops on /quit', async () => {
    // Standard input is a pipe here, not a terminal: the console is asked for.
    const run = spawnVigie({ PORT: '0', VIGIE_STORE: join(tempDir(), 'vigie.sqlite'), VIGIE_CONSOLE: '1' });
    // Bounded but generous: a cold start transpiles the whole product on two shared cores.
    await waitFor(run.out, 'Console Vigie', 60_000);
    run.child.stdin.write('/checkpost Calice que vous êtes lents, appelez-moi au 819-555-0142\n');
    run.child.stdin.write('/quit\n');
    const code = await run.exited;
    expect(code).toBe(0);
    expect(run.out()).toContain('surfaces : shell');
    expect(run.out()).toMatch(/obscene|grossi/i);
    expect(run.out()).toContain('Au revoir.');
    expect(run.err()).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('runs headless under a process manager: end of input does not stop it, it warns that alerts go nowhere, logs each comment in one line, stops on SIGTERM', async () => {
    const secret = 'headless-app-secret';
    // No VIGIE_CONSOLE: standard input is a pipe, as under systemd or in a container.
    const run = spawnVigie({ PORT: '0', VIGIE_STORE: join(tempDir(), 'vigie.sqlite'), FACEBOOK_APP_SECRET: secret });
    const out = await waitFor(run.out, /surfaces : aucune — les alertes ne vont nulle part/, 60_000);
    const base = `http://127.0.0.1:${/localhost:(\d+)/.exec(out)![1]}`;
    expect(run.out()).not.toContain('Console Vigie');
    await waitFor(run.err, /warn no chat surface is configured: comments are checked and stored, but no alert reaches anyone/);
    run.child.stdin.end(); // what a process manager's /dev/null gives
    await new Promise((r) => setTimeout(r, 300));
    expect(run.child.exitCode).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const body = readFileSync(join(ROOT, 'test/fixtures/facebook/commentAdd.json'), 'utf8');
    const res = await fetch(`${base}/webhooks/facebook`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` },
    });
    expect(res.status).toBe(200);
    const line = (await waitFor(run.err, /info comment received .*\n/, 30_000)).split('\n').find((l) => l.includes('comment received'))!;
    expect(line).toMatch(
      /itemId="facebook:[^"]+" number=\d+ source="facebook" policy="mess-quebec" verdict="\w+" categories=\[[^\]]*\] status="open" deadline="2\d{3}-/,
    );
    // The fixture's words and its author's name stay out of the log.
    expect(run.err()).not.toContain('Jean Tremblay');
    expect(run.err()).not.toContain('piscine');

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.err()).not.toMatch(/\n\s+at /);
    expect(run.err()).not.toMatch(/ error /);
  }, 90_000);

  it('exits 2 with the reasons, no stack trace, on a bad environment', async () => {
    const run = spawnVigie({ PORT: 'abc', SLACK_BOT_TOKEN: 'xoxb-1', LANG: 'fr_CA.UTF-8' });
    expect(await run.exited).toBe(2);
    expect(run.err()).toMatch(/^vigie: Configuration invalide :\n {2}- PORT: .*\n {2}- SLACK_SIGNING_SECRET: missing/);
    expect(run.err()).not.toMatch(/\n\s+at /);
  }, 90_000);
});
