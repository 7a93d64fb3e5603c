import { createClient } from '@keyv/redis';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { redisBinary, startRedisServer } from '../helpers/redisServer.js';

const skip = !redisBinary && !process.env.VIGIE_REQUIRE_REDIS;

function recordingLog() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (msg: string) => void lines.push({ level, msg });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } };
}

describe.skipIf(skip)('Redis store housekeeping', () => {
  it('warns at start-up when Redis keeps nothing on disk, and only then', async () => {
    for (const persist of [false, true]) {
      const server = await startRedisServer({ persist });
      const { lines, log } = recordingLog();
      const store = await openStore(server.url, { log });
      await store.close();
      await server.stop();
      const warned = lines.some((l) => l.level === 'warn' && /keeps nothing on disk.*appendonly/.test(l.msg));
      expect(warned).toBe(!persist);
    }
  });

  it('forgets the keys of expired values when listing, and keeps those written again', async () => {
    const server = await startRedisServer();
    const store = await openStore(server.url, { keyPrefix: 'hk' });
    const raw = createClient({ url: server.url });
    await raw.connect();
    try {
      await store.setValue('dedup', 'old', 1, 30);
      await store.setValue('dedup', 'kept', 2);
      await new Promise((r) => setTimeout(r, 80));
      await store.setValue('dedup', 'again', 3, 30);
      await new Promise((r) => setTimeout(r, 80));
      await store.setValue('dedup', 'again', 4);
      expect(await store.listValues('dedup')).toEqual(
        expect.arrayContaining([
          { key: 'kept', value: 2 },
          { key: 'again', value: 4 },
        ]),
      );
      expect((await raw.sMembers('hk:value-keys:dedup')).sort()).toEqual(['again', 'kept']);
    } finally {
      raw.destroy();
      await store.close();
      await server.stop();
    }
  });
});
