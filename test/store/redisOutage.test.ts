import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreUnavailableError } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { redisBinary, startRedisServer, type RedisServer } from '../helpers/redisServer.js';
import { makeItem } from './storeContract.js';

// Needs a server of its own to kill and restart, so it needs the binary (CI installs it; VIGIE_REQUIRE_REDIS
// turns a missing binary into a failure rather than a skip).
const skip = !redisBinary && !process.env.VIGIE_REQUIRE_REDIS;

async function eventually<T>(attempt: () => Promise<T>, tries = 200): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw last;
}

describe.skipIf(skip)('Redis store across a Redis restart', () => {
  let server: RedisServer;
  let store: Store;
  const logs: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const log = {
    info: (msg: string, fields?: Record<string, unknown>) => logs.push({ level: 'info', msg, fields }),
    warn: (msg: string, fields?: Record<string, unknown>) => logs.push({ level: 'warn', msg, fields }),
    error: (msg: string, fields?: Record<string, unknown>) => logs.push({ level: 'error', msg, fields }),
  };

  beforeAll(async () => {
    server = await startRedisServer({ persist: true });
    store = await openStore(server.url, { log, keyPrefix: 'outage' });
  });
  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  it('fails calls clearly while Redis is down, logs without flooding, and resumes with nothing lost', async () => {
    await store.putItem(makeItem(1));
    await server.kill();

    // Calls during the outage reject at once with a reason, instead of queueing or hanging.
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => store.putItem(makeItem(100 + i))));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(StoreUnavailableError);
      expect(reason.message).toMatch(new RegExp(`Redis store redis://127.0.0.1:${server.port}.* cannot answer putItem`));
    }
    await expect(store.claim('k', 1000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.listItems(['open'])).rejects.toBeInstanceOf(StoreUnavailableError);

    // Let the client fail to reconnect a few times.
    await new Promise((r) => setTimeout(r, 400));
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeLessThan(5);
    expect(warnings[0]!.msg).toMatch(/Redis store unreachable.*503.*reconnecting/);

    await server.restart();
    // The caller retries (Meta redelivers); once Redis is back the writes go through.
    await eventually(() => store.putItem(makeItem(2)));
    await store.putItem(makeItem(3, { status: 'answered' }));
    expect((await store.listItems(['open'])).map((i) => i.id).sort()).toEqual(['facebook:1', 'facebook:2']);
    expect((await store.getItem('facebook:3'))?.status).toBe('answered');
    expect(logs.some((l) => l.level === 'info' && /reachable again/.test(l.msg))).toBe(true);
  });
});
