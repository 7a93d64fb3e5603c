// Redis restarted while comments keep coming: the webhook answers 503 (so Meta redelivers) instead of losing
// them or crashing, the log says what is going on in a few lines, and once Redis is back every comment is
// stored and alerted exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisBinary, startRedisServer, type RedisServer } from '../helpers/redisServer.js';
import { chatStandIn, httpChatSurface, type ChatStandIn } from './chatStandIn.js';
import { startReplica, type Replica } from './replica.js';
import { deliver, feedBody, itemIdFor } from './webhook.js';

const SECRET = 'app-secret-for-tests';
// Needs a server of its own to kill and restart.
const skip = !redisBinary && !process.env.VIGIE_REQUIRE_REDIS;

describe.skipIf(skip)('Redis restarted under load', () => {
  let redis: RedisServer;
  let chat: ChatStandIn;
  let replica: Replica;
  const logs: { level: string; msg: string }[] = [];
  const at = (level: string) => (msg: string) => void logs.push({ level, msg });

  beforeAll(async () => {
    redis = await startRedisServer({ persist: true });
    chat = await chatStandIn();
    replica = await startReplica({
      name: 'a',
      storeUrl: redis.url,
      appSecret: SECRET,
      surfaces: [httpChatSurface(chat.url, 'a')],
      log: { info: at('info'), warn: at('warn'), error: at('error') },
    });
  });
  afterAll(async () => {
    await replica?.close();
    await chat?.close();
    await redis?.stop();
  });

  it('answers 503 while Redis is away, then stores and alerts every redelivered comment once', async () => {
    const ns = Array.from({ length: 30 }, (_, i) => i + 1);
    const acked = new Set<number>();
    const answers: number[] = [];
    const send = async (n: number) => {
      const status = await deliver(replica.url, feedBody(n), SECRET);
      answers.push(status);
      if (status === 200) acked.add(n);
    };

    for (const n of ns.slice(0, 10)) await send(n);
    await Promise.all(replica.processing);
    await redis.kill();
    for (const n of ns.slice(10, 20)) await send(n);
    expect(answers.slice(10)).toEqual(Array(10).fill(503));

    await redis.restart();
    // Meta redelivers what was not acknowledged, with backoff, until it is.
    for (let round = 0; acked.size < ns.length && round < 200; round++) {
      for (const n of ns.filter((x) => !acked.has(x))) await send(n);
      if (acked.size < ns.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(acked.size).toBe(ns.length);
    await Promise.all(replica.processing);

    for (const n of ns) expect(chat.alertsFor(itemIdFor(n))).toBe(1);
    expect((await replica.store.listItems(['open'])).length).toBe(ns.length);
    const unreachable = logs.filter((l) => /Redis store unreachable/.test(l.msg));
    expect(unreachable.length).toBeGreaterThanOrEqual(1);
    expect(unreachable.length).toBeLessThan(5);
    expect(logs.some((l) => /webhook: store failed, Meta will redeliver/.test(l.msg))).toBe(true);
    expect(logs.some((l) => /Redis store reachable again/.test(l.msg))).toBe(true);
  });
});
