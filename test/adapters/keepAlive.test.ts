// A connection kept alive by a client (a load balancer, a proxy, fetch's pool) stays open longer than Node's 5 s
// default: otherwise the server closes it just as the client sends the next request on it, and that request dies
// with ECONNRESET (seen in the fuzz test on Node 24 under load). Load balancers keep idle connections 60 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { startVigie, type VigieHandle } from '../../adapters/main.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-keepalive-'));
let vigie: VigieHandle | undefined;
afterAll(async () => {
  await vigie?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('answers a second request on a connection left idle for 6 s', async () => {
  const io = { input: new PassThrough(), output: new PassThrough(), error: new PassThrough() };
  vigie = await startVigie({ PORT: '0', VIGIE_STORE: join(dir, 'vigie.sqlite'), VIGIE_CONSOLE: '0' }, io);
  const socket = connect(vigie.port, '127.0.0.1');
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString('utf8')));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const answers = (n: number) => (received.match(/HTTP\/1\.1 200/g) ?? []).length >= n;
  const until = async (ok: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; !ok() && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
  };
  const get = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
  socket.write(get);
  await until(() => answers(1), 10_000);
  expect(answers(1)).toBe(true);
  await new Promise((r) => setTimeout(r, 6_000));
  expect(socket.destroyed).toBe(false);
  socket.write(get);
  await until(() => answers(2), 10_000);
  expect(answers(2)).toBe(true);
  socket.end();
  await closed;
}, 60_000);
