import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { storeContract } from './storeContract.js';

describe.skipIf(redisSkip)('Redis store: the Store contract', () => {
  let redis: TestRedis;
  let store: Store;
  let keyPrefix: string;
  let n = 0;
  const open = () => openStore(redis.url, { keyPrefix });
  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    n += 1;
    keyPrefix = `${redis.keyPrefix}-${n}`;
    store = await open();
  });
  afterEach(async () => {
    await store.close().catch(() => undefined);
  });
  for (const behaviour of storeContract) {
    it(behaviour.name, () => behaviour.run(store, open));
  }
});

describe.skipIf(redisSkip)('Redis store: item numbers across replicas', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('two store instances asking at once give each item one number, and no number to two items', async () => {
    const keyPrefix = `${redis.keyPrefix}-numbers`;
    const [a, b] = await Promise.all([openStore(redis.url, { keyPrefix }), openStore(redis.url, { keyPrefix })]);
    try {
      const ids = Array.from({ length: 60 }, (_, i) => `facebook:${i}`);
      // Both replicas number every item, interleaved, as two replicas alerting the same redelivered comments would.
      const [fromA, fromB] = await Promise.all([
        Promise.all(ids.map((id) => a.itemNumber(id))),
        Promise.all([...ids].reverse().map((id) => b.itemNumber(id))),
      ]);
      expect(fromA).toEqual([...fromB].reverse());
      expect([...fromA].sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      for (const [i, id] of ids.entries()) expect(await b.itemWithNumber(fromA[i]!)).toBe(id);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe.skipIf(redisSkip)('Redis store: one client shared by every namespace', () => {
  it('raises no MaxListenersExceededWarning however many value namespaces are in use', async () => {
    const redis = await testRedis();
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const store = await openStore(redis.url, { keyPrefix: redis.keyPrefix });
      // Past any listener bound one might raise: namespaces must not each add listeners to the client.
      for (let i = 0; i < 150; i++) await store.setValue(`space-${i}`, 'k', i);
      expect(await store.getValue('space-149', 'k')).toBe(149);
      expect(await store.listValues('space-7')).toEqual([{ key: 'k', value: 7 }]);
      await store.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      await redis.stop();
    }
  });
});
