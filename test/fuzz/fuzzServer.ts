// Vigie as the fuzz test runs it: a server in its own Node process, started with
// `node --import tsx test/fuzz/fuzzServer.ts` and its environment as JSON in VIGIE_FUZZ_ENV; prints
// `READY <port> <stand-in url>` once it listens. Its own process, so a crash shows as an exit, and the test runner's
// worker (where every socket and promise costs several times more) carries none of its work.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import nock from 'nock';
import { startVigie } from '../../adapters/main.js';

// As in test/setup.ts: nothing but loopback, whatever a mutated payload names.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);

// One loopback stand-in answers for the Slack Web API and for the Bot Connector (Teams replies).
const standIn = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"id":"x","ts":"1.2","channel":"C0"}'));
});
await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
const standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/`;

const env = JSON.parse(process.env.VIGIE_FUZZ_ENV ?? '{}') as Record<string, string>;
const vigie = await startVigie(
  { ...env, SLACK_API_URL: `${standInUrl}api/` },
  { input: new PassThrough(), output: new PassThrough().resume(), error: process.stderr },
);
process.stdout.write(`READY ${vigie.port} ${standInUrl}\n`);
process.once('SIGTERM', () => {
  void vigie.close().then(() => standIn.close(() => process.exit(0)));
});
