// A replica killed (SIGKILL) after storing comments and before alerting them: once started again, every stored
// comment is alerted, and none twice. Run on the SQLite file (one replica restarting) and on Redis.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { chatStandIn, type ChatStandIn } from './chatStandIn.js';
import { startChildReplica, type ChildReplica } from './childReplica.js';
import { deliver, feedBody, itemIdFor } from './webhook.js';

const SECRET = 'app-secret-for-tests';

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

const backends: { name: string; skip: string | false; setUp(): Promise<{ storeUrl: string; keyPrefix?: string; tearDown(): Promise<void> }> }[] = [
  {
    name: 'SQLite file',
    skip: false,
    async setUp() {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-fault-'));
      return { storeUrl: join(dir, 'vigie.sqlite'), tearDown: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'Redis',
    skip: redisSkip,
    async setUp() {
      const redis: TestRedis = await testRedis();
      return { storeUrl: redis.url, keyPrefix: redis.keyPrefix, tearDown: () => redis.stop() };
    },
  },
];

// The two backends share nothing: run them side by side, since most of the time goes to child start-ups.
describe.concurrent('replica killed', () => {
  for (const backend of backends) {
    describe.skipIf(backend.skip)(`a replica killed between storing and alerting (${backend.name})`, () => {
      let chat: ChatStandIn;
      let env: Awaited<ReturnType<(typeof backend)['setUp']>>;
      let replica: ChildReplica | undefined;
      beforeAll(async () => {
        chat = await chatStandIn();
        env = await backend.setUp();
      });
      afterAll(async () => {
        await replica?.stop();
        await chat?.close();
        await env?.tearDown();
      });
      const start = () =>
        startChildReplica({
          name: 'r1',
          storeUrl: env.storeUrl,
          ...(env.keyPrefix ? { keyPrefix: env.keyPrefix } : {}),
          appSecret: SECRET,
          chatUrl: chat.url,
        });

      it('alerts every stored comment exactly once after the restart', async () => {
        replica = await start();
        // The chat service is down: comments are stored and acknowledged, but cannot be alerted yet.
        chat.failWith = 503;
        const ns = [1, 2, 3, 4, 5, 6];
        for (const n of ns) expect(await deliver(replica.url, feedBody(n), SECRET)).toBe(200);
        await until(() => (replica!.log().match(/processing a comment failed/g) ?? []).length >= ns.length);
        await replica.kill();

        const store = await openStore(env.storeUrl, env.keyPrefix ? { keyPrefix: env.keyPrefix } : {});
        try {
          expect((await store.listItems(['received'])).map((i) => i.id).sort()).toEqual(ns.map(itemIdFor).sort());
        } finally {
          await store.close();
        }
        expect(chat.record.alerts).toEqual([]);

        chat.failWith = undefined;
        replica = await start(); // recovers at start-up
        for (const n of ns) expect(chat.alertsFor(itemIdFor(n))).toBe(1);
        // Meta redelivers what it sent before the crash: nothing is alerted again.
        for (const n of ns) expect(await deliver(replica.url, feedBody(n), SECRET)).toBe(200);
        expect(await deliver(replica.url, feedBody(7), SECRET)).toBe(200);
        await until(() => chat.alertsFor(itemIdFor(7)) === 1);
        await replica.stop();
        replica = undefined;
        for (const n of [...ns, 7]) expect(chat.alertsFor(itemIdFor(n))).toBe(1);
        expect(chat.record.alerts).toHaveLength(7);
      }, 180_000); // two start-ups of a child process that compiles the code and loads the policies
    });
  }
});
