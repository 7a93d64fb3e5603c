import { afterEach, describe, expect, it } from 'vitest';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer, type Readiness } from '../../adapters/server.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(app: express.Express): Promise<string> {
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createServer', () => {
  it('answers /healthz while alive, whatever the store; /readyz says what keeps it from working', async () => {
    let r: Readiness = { store: true, policies: ['mess-quebec'], scheduler: true, surfaces: ['shell'] };
    const base = await listen(createServer([], { ready: async () => r }));
    let res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', store: 'reachable', policies: ['mess-quebec'], scheduler: 'running', surfaces: ['shell'] });
    r = { store: false, policies: [], scheduler: false, surfaces: [], draining: true };
    res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'not_ready',
      reasons: ['shutting down', 'store unreachable', 'no policy loaded', 'scheduler not running'],
      store: 'unreachable',
      scheduler: 'stopped',
    });
    // Liveness does not follow the store: restarting the process would not bring the store back.
    res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'alive' });
  });

  it('runs the `before` handlers ahead of every route but the health checks', async () => {
    const seen: string[] = [];
    const app = createServer([{ path: '/x', router: express.Router().get('/', (_q, s) => void s.json({ ok: true })) }], {
      ready: async () => ({ store: true, policies: ['p'], scheduler: true, surfaces: [] }),
      before: [{ path: '/', handler: (req, res) => void (seen.push(req.path), res.status(503).json({ error: 'shutting_down' })) }],
    });
    const base = await listen(app);
    expect((await fetch(`${base}/x`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(seen).toEqual(['/x']);
  });

  it('mounts routers that parse their own bodies', async () => {
    const raw = express.Router();
    raw.post('/', express.raw({ type: '*/*' }), (req, res) => {
      res.json({ bytes: (req.body as Buffer).length });
    });
    const json = express.Router();
    json.post('/', express.json(), (req, res) => {
      res.json({ got: req.body });
    });
    const base = await listen(
      createServer([
        { path: '/raw', router: raw },
        { path: '/json', router: json },
      ]),
    );
    const r1 = await fetch(`${base}/raw`, { method: 'POST', body: '{"a": 1}', headers: { 'content-type': 'application/json' } });
    expect(await r1.json()).toEqual({ bytes: 8 });
    const r2 = await fetch(`${base}/json`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(await r2.json()).toEqual({ got: { a: 1 } });
    // A client error from a router's parser is a 4xx with a reason, not a stack trace.
    const r3 = await fetch(`${base}/json`, { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
    expect(r3.status).toBe(400);
    const body = (await r3.json()) as Record<string, string>;
    expect(body.error).toBe('entity.parse.failed');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers JSON 404 and hides the details of a crash', async () => {
    const boom = express.Router();
    boom.get('/', () => {
      throw new Error('secret detail /home/x/file.ts:12');
    });
    const logged: string[] = [];
    const base = await listen(createServer([{ path: '/boom', router: boom }], { logError: (m) => logged.push(m) }));
    const r404 = await fetch(`${base}/nope`);
    expect(r404.status).toBe(404);
    expect(await r404.json()).toEqual({ error: 'not_found', message: 'No route for GET /nope' });
    const r500 = await fetch(`${base}/boom`);
    expect(r500.status).toBe(500);
    const text = await r500.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal', message: expect.any(String) });
    expect(text).not.toContain('secret detail');
    expect(logged).toEqual(['request failed: secret detail /home/x/file.ts:12']);
  });
});
