import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { releaseHeldLeases, withLease } from '../../src/store/withLease.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const holder = fileURLToPath(new URL('./leaseHolder.ts', import.meta.url));

interface Backend {
  name: string;
  skip: string | false;
  setUp(): Promise<{ url: string; keyPrefix?: string; tearDown(): Promise<void> }>;
}
const backends: Backend[] = [
  {
    name: 'SQLite',
    skip: false,
    async setUp() {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-lease-'));
      return { url: join(dir, 'vigie.sqlite'), tearDown: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'Redis',
    skip: redisSkip,
    async setUp() {
      const redis: TestRedis = await testRedis();
      return { url: redis.url, keyPrefix: redis.keyPrefix, tearDown: () => redis.stop() };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`withLease (${backend.name})`, () => {
    let env: Awaited<ReturnType<Backend['setUp']>>;
    let store: Store;
    const open = () => openStore(env.url, env.keyPrefix ? { keyPrefix: env.keyPrefix } : {});
    beforeAll(async () => {
      env = await backend.setUp();
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await env?.tearDown();
    });

    it('runs the work once, keeps others out meanwhile, and frees the key after', async () => {
      let inside = 0;
      const work = async () => {
        inside += 1;
        await sleep(50);
        return 'done';
      };
      const [first, second] = await Promise.all([withLease(store, 'job:1', 1000, work), withLease(store, 'job:1', 1000, work)]);
      expect([first, second].filter((o) => o.ran)).toEqual([{ ran: true, result: 'done' }]);
      expect(inside).toBe(1);
      expect(await withLease(store, 'job:1', 1000, async () => 2)).toEqual({ ran: true, result: 2 });
    });

    it('keeps the claim for as long as the work runs, far past one ttl', async () => {
      const other = await open(); // another replica
      const lost: string[] = [];
      try {
        // ttl 1.2 s, renewed every 0.4 s, work of 3 s; margins wide for a busy machine's stalls.
        const outcome = await withLease(
          store,
          'job:long',
          1200,
          async () => {
            for (let i = 0; i < 5; i++) {
              await sleep(600);
              expect(await other.claim('job:long', 1200)).toBeUndefined();
            }
            return 'finished';
          },
          (reason) => lost.push(reason),
        );
        expect(outcome).toEqual({ ran: true, result: 'finished' });
        expect(lost).toEqual([]);
        expect(await other.claim('job:long', 1200)).toBeDefined();
      } finally {
        await other.close();
      }
    });

    it('gives back, at shutdown, the leases of work that did not finish in time', async () => {
      const other = await open(); // another replica
      try {
        let finish!: () => void;
        const stuck = withLease(store, 'process:stuck', 60_000, () => new Promise<string>((resolve) => (finish = () => resolve('late'))));
        await sleep(50);
        expect(await other.claim('process:stuck', 60_000)).toBeUndefined();
        expect(await releaseHeldLeases(store)).toBe(1);
        // Free at once, not after the minute: the other replica takes the work.
        expect(await other.claim('process:stuck', 60_000)).toBeDefined();
        finish();
        expect(await stuck).toEqual({ ran: true, result: 'late' });
        // The late finish does not release what is now the other replica's.
        expect(await store.claim('process:stuck', 60_000)).toBeUndefined();
        expect(await releaseHeldLeases(store)).toBe(0);
      } finally {
        await other.close();
      }
    });

    it('lets the work go to another replica soon after its holder is killed', async () => {
      const key = 'process:facebook:1:2026-03-03T15:00:00Z';
      const child = spawn(process.execPath, ['--import', 'tsx', holder, JSON.stringify({ ...env, key, ttlMs: 1500 })], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // Whatever happens to this test, the holder does not outlive it.
      const reap = () => child.kill('SIGKILL');
      process.once('exit', reap);
      onTestFinished(() => {
        process.off('exit', reap);
        reap();
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (c: Buffer) => c.toString().includes('HELD') && resolve());
        child.once('exit', (code) => reject(new Error(`lease holder exited (${code})`)));
      });
      // Alive, it renews: held well past its ttl.
      await sleep(2500);
      expect(await store.claim(key, 1500)).toBeUndefined();
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
      let taken = false;
      for (let i = 0; i < 200 && !taken; i++) {
        taken = (await store.claim(key, 1500)) !== undefined;
        if (!taken) await sleep(50);
      }
      expect(taken).toBe(true);
    });
  });
}
