// A replica in a child process, so a test can SIGKILL it like a crashed container. Started with
// `node --import tsx test/faults/replicaMain.ts` and its options as JSON in VIGIE_FAULT_REPLICA; prints
// `READY <url>` once it listens and has recovered what a previous run left pending.
import { recoverPending } from '../../src/moderation/recoverPending.js';
import { httpChatSurface } from './chatStandIn.js';
import { startReplica } from './replica.js';

interface Options {
  name: string;
  storeUrl: string;
  keyPrefix?: string;
  appSecret: string;
  chatUrl: string;
}

const opts = JSON.parse(process.env.VIGIE_FAULT_REPLICA ?? '{}') as Options;
const log = {
  info: (msg: string, fields?: Record<string, unknown>) => process.stderr.write(`info ${msg} ${JSON.stringify(fields ?? {})}\n`),
  warn: (msg: string, fields?: Record<string, unknown>) => process.stderr.write(`warn ${msg} ${JSON.stringify(fields ?? {})}\n`),
  error: (msg: string, fields?: Record<string, unknown>) => process.stderr.write(`error ${msg} ${JSON.stringify(fields ?? {})}\n`),
};
const replica = await startReplica({ ...opts, surfaces: [httpChatSurface(opts.chatUrl, opts.name)], log });
await recoverPending(replica.ctx);
process.stdout.write(`READY ${replica.url}\n`);
process.once('SIGTERM', () => {
  void replica.close().then(() => process.exit(0));
});
