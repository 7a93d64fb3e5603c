// Two replicas share one Redis and both poll the same YouTube channel (each its own token cache and client, as two
// processes would): whichever replica's tick runs a pass, and however passes are interrupted, every comment is
// alerted exactly once. Time is a parameter of every tick.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/moderation/decide.js';
import type { Routing } from '../../src/moderation/routing.js';
import type { TickOutcome } from '../../adapters/youtube/youtubePoller.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, youtubeStandIn, type YouTubeStandIn } from '../adapters/youtube/youtubeStandIn.js';
import { chatStandIn, httpChatSurface, type ChatStandIn } from './chatStandIn.js';
import { startReplica, type Replica } from './replica.js';

const CHANNEL_ID = 'UCvigieReplicaChannel001';
const routing: Routing = {
  default: { policyId: 'senneterre', channels: {} },
  pages: new Map([[CHANNEL_ID, { policyId: 'senneterre', channels: {}, pageName: 'Ville de Senneterre (YouTube)' }]]),
  origin: 'test',
};
/** Each comment a complaint, so each is alerted. */
const complaint = (n: number) => `Plainte n° ${n} : les déchets ne sont pas ramassés sur la 10e Avenue depuis deux semaines, c'est inacceptable.`;

describe.skipIf(redisSkip)('two replicas polling one YouTube channel on one Redis', () => {
  let redis: TestRedis;
  let chat: ChatStandIn;
  let yt: YouTubeStandIn;
  let a: Replica;
  let b: Replica;
  let n = 0;

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  // A fresh channel, chat service and pair of replicas per test, on a key prefix of its own.
  const start = async (standIn: { pageSize?: number } = {}) => {
    n++;
    chat = await chatStandIn();
    yt = await youtubeStandIn(CHANNEL_ID, standIn);
    const youtube = {
      channelId: CHANNEL_ID,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      refreshToken: REFRESH_TOKEN,
      apiUrl: yt.apiUrl,
      oauthUrl: yt.oauthUrl,
      dailyQuota: 10_000,
    };
    const common = { storeUrl: redis.url, keyPrefix: `${redis.keyPrefix}-${n}`, appSecret: 'unused', routing, youtube };
    a = await startReplica({ ...common, name: 'a', surfaces: [httpChatSurface(chat.url, 'a')] });
    b = await startReplica({ ...common, name: 'b', surfaces: [httpChatSurface(chat.url, 'b')] });
  };
  afterEach(async () => {
    await a?.close();
    await b?.close();
    await chat?.close();
    await yt?.close();
  });
  const tick = async (r: Replica, iso: string): Promise<TickOutcome> => {
    const outcome = await r.youtube!.tick(new Date(iso));
    if (outcome.ran) await outcome.processed;
    return outcome;
  };

  it('both replicas ticking at the same moment: one pass, one alert per comment', async () => {
    await start();
    yt.comment({ id: 'Ugz1', text: complaint(1), at: '2026-03-03T14:55:00Z' });
    yt.comment({ id: 'Ugz2', text: complaint(2), at: '2026-03-03T14:56:00Z' });
    // YouTube answers slowly: both ticks are in flight together.
    const release = yt.hold();
    const ticks = Promise.all([tick(a, '2026-03-03T15:00:00Z'), tick(b, '2026-03-03T15:00:00Z')]);
    await new Promise<void>((resolve) => {
      const wait = () => (yt.calls.length > 0 ? resolve() : setImmediate(wait));
      wait();
    });
    release();
    const outcomes = await ticks;
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ran).map((o) => !o.ran && o.why)).toEqual(['busy']);
    expect(yt.of('commentThreads')).toHaveLength(1);
    expect([chat.alertsFor('youtube:Ugz1'), chat.alertsFor('youtube:Ugz2')]).toEqual([1, 1]);

    // The other replica, next time, goes on from the shared cursor: only the new comment.
    yt.comment({ id: 'Ugz3', text: complaint(3), at: '2026-03-03T15:00:30Z' });
    const runner = outcomes[0]!.ran ? b : a;
    expect(await tick(runner, '2026-03-03T15:01:00Z')).toMatchObject({ ran: true, events: 3 }); // two seen again, within the overlap
    expect([chat.alertsFor('youtube:Ugz1'), chat.alertsFor('youtube:Ugz2'), chat.alertsFor('youtube:Ugz3')]).toEqual([1, 1, 1]);
    expect(chat.record.alerts).toHaveLength(3);
  });

  it('ticks alternating between replicas while comments keep arriving: each alerted exactly once, none missed', async () => {
    await start({ pageSize: 2 });
    const start0 = Date.parse('2026-03-03T15:00:00Z');
    let id = 0;
    for (let step = 0; step < 12; step++) {
      // Up to three new comments before each tick, some a reply to an earlier thread.
      for (let k = 0; k < (step % 3) + 1; k++) {
        id++;
        const at = new Date(start0 + step * 60_000 + k * 1000 - 30_000).toISOString();
        if (id > 3 && id % 4 === 0) yt.reply(`Ugz${id - 3}`, { id: `Ugz${id - 3}.r${id}`, text: complaint(id), at });
        else yt.comment({ id: `Ugz${id}`, text: complaint(id), at });
      }
      const now = new Date(start0 + step * 60_000).toISOString();
      // Both tick at each step, one after the other or together.
      if (step % 2) await Promise.all([tick(a, now), tick(b, now)]);
      else {
        await tick(b, now);
        await tick(a, now);
      }
    }
    const alerted = chat.record.alerts.map((x) => x.itemId);
    expect(new Set(alerted).size).toBe(alerted.length); // never twice
    const stored = (await a.store.listItems()).filter((i) => i.source === 'youtube').map((i) => i.id);
    expect(alerted.sort()).toEqual(stored.sort()); // every stored comment alerted
    expect(stored).toHaveLength(id); // and none missed
    expect(new Set(chat.record.alerts.map((x) => x.replica))).toEqual(new Set(['a', 'b']));
  });

  it('a pass cut short on one replica loses nothing: the next pass, on the other, takes the rest once', async () => {
    await start({ pageSize: 2 });
    for (let i = 1; i <= 5; i++) yt.comment({ id: `Ugz${i}`, text: complaint(i), at: `2026-03-03T14:5${i}:00Z` });
    // The second page fails on A (YouTube is down a moment): the first page's comments are kept, the cursor stays.
    yt.failWhen((c) => c.query.pageToken === '2', { status: 503 });
    const outcome = await tick(a, '2026-03-03T15:00:00Z');
    expect(outcome).toMatchObject({ ran: true, events: 2, failed: { failure: 'rate' } });
    expect(chat.record.alerts.map((x) => x.itemId).sort()).toEqual(['youtube:Ugz4', 'youtube:Ugz5']);

    // B, after the back-off: the whole listing again, the first two recognized, the other three alerted.
    expect(await tick(b, '2026-03-03T15:00:10Z')).toMatchObject({ ran: false, why: 'backing-off' });
    expect(await tick(b, '2026-03-03T15:00:31Z')).toMatchObject({ ran: true, events: 5 });
    expect(chat.record.alerts.map((x) => x.itemId).sort()).toEqual(['youtube:Ugz1', 'youtube:Ugz2', 'youtube:Ugz3', 'youtube:Ugz4', 'youtube:Ugz5']);
  });

  it('an alert posted by one replica is hidden from the other: one setModerationStatus', async () => {
    await start();
    yt.comment({ id: 'UgzH', text: complaint(9), at: '2026-03-03T14:55:00Z' });
    await tick(a, '2026-03-03T15:00:00Z');
    const actor = { surface: 'slack', id: 'U042', name: 'julie' };
    const outcomes = await Promise.all([
      decide(b.ctx, { itemId: 'youtube:UgzH', decision: 'hide', actor }),
      decide(a.ctx, { itemId: 'youtube:UgzH', decision: 'hide', actor }),
    ]);
    expect(outcomes.filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
    expect(yt.of('comments/setModerationStatus').map((c) => c.query)).toEqual([{ id: 'UgzH', moderationStatus: 'heldForReview' }]);
    expect((await a.store.getItem('youtube:UgzH'))?.status).toBe('hidden');
  });
});
