import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
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
