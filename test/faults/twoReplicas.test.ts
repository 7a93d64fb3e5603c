// Two replicas behind a load balancer share one Redis: whatever lands on one is seen and finished by the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/moderation/decide.js';
import { runReminders } from '../../src/moderation/runReminders.js';
import { startScheduler } from '../../src/scheduler/startScheduler.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { chatStandIn, httpChatSurface, type ChatStandIn } from './chatStandIn.js';
import { graphStandIn } from './graphStandIn.js';
import { startReplica, type Replica } from './replica.js';
import { deliver, feedBody, itemIdFor } from './webhook.js';

const SECRET = 'app-secret-for-tests';

describe.skipIf(redisSkip)('two replicas sharing one Redis', () => {
  let redis: TestRedis;
  let chat: ChatStandIn;
  let graph: Awaited<ReturnType<typeof graphStandIn>>;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    redis = await testRedis();
    chat = await chatStandIn();
    graph = await graphStandIn();
    const common = { storeUrl: redis.url, keyPrefix: redis.keyPrefix, appSecret: SECRET, graphUrl: graph.url };
    a = await startReplica({ ...common, name: 'a', surfaces: [httpChatSurface(chat.url, 'a')] });
    b = await startReplica({ ...common, name: 'b', surfaces: [httpChatSurface(chat.url, 'b')] });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await chat?.close();
    await graph?.close();
    await redis?.stop();
  });
  const settled = async () => {
    await Promise.all([...a.processing, ...b.processing]);
  };

  it('an alert posted by one replica is decided by a click that lands on the other', async () => {
    expect(await deliver(a.url, feedBody(1), SECRET)).toBe(200);
    await settled();
    const id = itemIdFor(1);
    expect(chat.record.alerts.filter((x) => x.itemId === id)).toEqual([
      { itemId: id, replica: 'a', messageId: expect.any(String), at: expect.any(Number) },
    ]);
    const messageId = chat.record.alerts.find((x) => x.itemId === id)!.messageId;

    const outcome = await decide(b.ctx, { itemId: id, decision: 'hide', actor: { surface: 'slack', id: 'U042', name: 'julie' } });
    expect(outcome.ok).toBe(true);
    expect(graph.calls).toEqual([{ method: 'POST', path: `/v21.0/${id.slice('facebook:'.length)}`, body: { is_hidden: true } }]);
    // B updated the very message A posted.
    expect(chat.record.updates).toContainEqual({ messageId, decision: 'hide', replica: 'b', ok: true });
    expect((await a.store.getItem(id))?.status).toBe('hidden');
  });

  it('the same click landing on both replicas at once acts on the page once', async () => {
    expect(await deliver(b.url, feedBody(2), SECRET)).toBe(200);
    await settled();
    const id = itemIdFor(2);
    const before = graph.calls.length;
    const actor = { surface: 'slack', id: 'U042', name: 'julie' };
    const outcomes = await Promise.all([
      decide(a.ctx, { itemId: id, decision: 'delete', actor }),
      decide(b.ctx, { itemId: id, decision: 'delete', actor }),
    ]);
    expect(graph.calls.slice(before)).toEqual([{ method: 'DELETE', path: `/v21.0/${id.slice('facebook:'.length)}`, body: {} }]);
    expect(outcomes.filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
    expect(outcomes.filter((o) => o.duplicate)).toHaveLength(1);
  });

  it('one comment delivered to both replicas (a redelivery) is stored and alerted once', async () => {
    const body = feedBody(3);
    const statuses = await Promise.all([deliver(a.url, body, SECRET), deliver(b.url, body, SECRET), deliver(a.url, body, SECRET)]);
    expect(statuses).toEqual([200, 200, 200]);
    await settled();
    expect(chat.alertsFor(itemIdFor(3))).toBe(1);
    expect((await b.store.listItems(['open'])).filter((i) => i.id === itemIdFor(3))).toHaveLength(1);
  });

  it('scheduled reminders go out from one replica only', async () => {
    // Comment 4 was received long enough ago that its deadline has passed: a breach reminder is due.
    expect(await deliver(a.url, feedBody(4), SECRET)).toBe(200);
    await settled();
    const id = itemIdFor(4);
    expect((await a.store.getItem(id))?.deadline).toBeDefined();
    // Each slot's run, numbered as it starts on whichever replica claimed the slot, and recorded when it ends.
    let started = 0;
    const finished: number[] = [];
    const job = (r: Replica) => ({
      name: 'sla-reminders',
      cron: '* * * * * *',
      timeZone: 'UTC',
      run: async (now: Date) => {
        const n = started++;
        await runReminders(r.ctx, now);
        finished.push(n);
      },
    });
    const schedulers = [startScheduler(a.ctx, [job(a)]), startScheduler(b.ctx, [job(b)])];
    const wait = () => new Promise((r) => setTimeout(r, 50));
    while (!chat.record.reminders.some((r) => r.itemId === id)) await wait();
    // Two more slots run to their end after the reminder went out (not a pause that would pass with no slot run at
    // all): nothing more for this item.
    const after = started;
    while (finished.filter((n) => n >= after).length < 2) await wait();
    await Promise.all(schedulers.map((s) => s.stop()));
    const kinds = chat.record.reminders.filter((r) => r.itemId === id).map((r) => r.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('comments landing on both replicas at once get one number each, never the same, read alike on both', async () => {
    const ns = Array.from({ length: 12 }, (_, i) => 100 + i);
    const statuses = await Promise.all(ns.map((n, i) => deliver((i % 2 ? b : a).url, feedBody(n), SECRET)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    await settled();
    const numbers = await Promise.all(ns.map(async (n) => (await a.store.getItem(itemIdFor(n)))?.number));
    expect(numbers.every((x) => typeof x === 'number')).toBe(true);
    expect(new Set(numbers).size).toBe(ns.length);
    // The other replica finds each comment from its number, as `/masquer N` on its console would.
    for (const [i, n] of ns.entries()) expect(await b.store.itemWithNumber(numbers[i]!)).toBe(itemIdFor(n));
    // And every number handed out so far, by either replica, belongs to one comment only.
    const all = (await b.store.listItems()).flatMap((item) => (item.number === undefined ? [] : [item.number]));
    expect(new Set(all).size).toBe(all.length);
  });
});
