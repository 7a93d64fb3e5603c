import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/moderation/Context.js';
import { startScheduler, ScheduleError, type ScheduledJob } from '../../src/scheduler/startScheduler.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { tempStore } from '../helpers/tempStore.js';

interface LogLine {
  level: string;
  msg: string;
  fields?: Record<string, unknown>;
}

function replica(store: Store, logs: LogLine[] = []): Context {
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => logs.push({ level, msg, fields });
  return {
    policies: new Map(),
    defaultPolicyId: 'mess-quebec',
    store,
    surfaces: [],
    platformFor: () => undefined,
    now: () => new Date(),
    log: { info: at('info'), warn: at('warn'), error: at('error') },
    moderators: [],
    dryRun: false,
  };
}

/** Resolves once `check()` holds, polling; the test's own timeout bounds the wait. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 25));
}

const everySecond = (name: string, runs: { replica: string; at: Date }[], who: string): ScheduledJob => ({
  name,
  cron: '* * * * * *',
  timeZone: 'America/Toronto',
  async run(now) {
    runs.push({ replica: who, at: now });
  },
});

function slotsRunOnce(runs: { at: Date }[]): void {
  const slots = runs.map((r) => r.at.toISOString());
  expect(new Set(slots).size).toBe(slots.length);
  for (const run of runs) expect(run.at.getUTCMilliseconds()).toBe(0);
}

describe.skipIf(redisSkip)('scheduler across two replicas sharing Redis', () => {
  let redis: TestRedis;
  let stores: Store[];
  beforeAll(async () => {
    redis = await testRedis();
    // Two clients, as two replicas would have.
    stores = await Promise.all([1, 2].map(() => openStore(redis.url, { keyPrefix: redis.keyPrefix })));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis.stop();
  });

  it('fires each slot on one replica only', async () => {
    const runs: { replica: string; at: Date }[] = [];
    const a = startScheduler(replica(stores[0]!), [everySecond('tick', runs, 'a')]);
    const b = startScheduler(replica(stores[1]!), [everySecond('tick', runs, 'b')]);
    await until(() => new Set(runs.map((r) => r.at.getTime())).size >= 4);
    await Promise.all([a.stop(), b.stop()]);
    slotsRunOnce(runs);
  });

  it('goes on after a replica dies holding a slot', async () => {
    const runs: { replica: string; at: Date }[] = [];
    let died: Date | undefined;
    const dying: ScheduledJob = {
      name: 'digest',
      cron: '* * * * * *',
      timeZone: 'America/Toronto',
      run: (now) => {
        died = now;
        return new Promise(() => undefined); // never finishes: the replica is gone mid-run
      },
    };
    const a = startScheduler(replica(stores[0]!), [dying], { stopTimeoutMs: 1 });
    await until(() => died !== undefined);
    await a.stop(); // stops firing; the claim on its slot stays until the lease ends
    const b = startScheduler(replica(stores[1]!), [everySecond('digest', runs, 'b')]);
    await until(() => runs.length >= 2);
    await b.stop();
    slotsRunOnce(runs);
    for (const run of runs) expect(run.at.getTime()).toBeGreaterThan(died!.getTime());
  });
});

describe('scheduler on the SQLite store', () => {
  it('fires each slot once even when started twice in one process', async () => {
    const store = await tempStore();
    const runs: { replica: string; at: Date }[] = [];
    const a = startScheduler(replica(store), [everySecond('reminders', runs, 'a')]);
    const b = startScheduler(replica(store), [everySecond('reminders', runs, 'b')]);
    await until(() => runs.length >= 3);
    await Promise.all([a.stop(), b.stop()]);
    slotsRunOnce(runs);
    await store.close();
  });

  it('skips and logs when the store cannot answer, and keeps the process alive', async () => {
    const store = await tempStore();
    await store.close(); // every claim now fails
    const logs: LogLine[] = [];
    let ran = 0;
    const s = startScheduler(replica(store, logs), [
      { name: 'reminders', cron: '* * * * * *', timeZone: 'America/Toronto', run: async () => void (ran += 1) },
    ]);
    await until(() => logs.filter((l) => /skipped: the store could not say/.test(l.msg)).length >= 2);
    await s.stop();
    expect(ran).toBe(0);
    const skipped = logs.find((l) => /skipped/.test(l.msg))!;
    expect(skipped.level).toBe('warn');
    expect(skipped.fields?.slot).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  });

  it('logs a failing job and runs the next slot', async () => {
    const store = await tempStore();
    const logs: LogLine[] = [];
    let calls = 0;
    const s = startScheduler(replica(store, logs), [
      {
        name: 'digest',
        cron: '* * * * * *',
        timeZone: 'America/Toronto',
        run: async () => {
          calls += 1;
          throw new Error('Slack said channel_not_found');
        },
      },
    ]);
    await until(() => calls >= 2);
    await s.stop();
    const failure = logs.find((l) => l.level === 'error')!;
    expect(failure.msg).toBe('scheduled job digest failed');
    expect(failure.fields?.error).toBe('Slack said channel_not_found');
  });

  it('refuses a bad cron expression, a bad time zone and a duplicate name, naming the job', async () => {
    const store = await tempStore();
    const job = { name: 'digest', cron: '0 8 * * 1-5', timeZone: 'America/Toronto', run: async () => undefined };
    expect(() => startScheduler(replica(store), [{ ...job, cron: '0 25 * * *' }])).toThrow(ScheduleError);
    expect(() => startScheduler(replica(store), [{ ...job, cron: 'tous les matins' }])).toThrow(
      /job digest: 'tous les matins' is not a cron expression/,
    );
    expect(() => startScheduler(replica(store), [{ ...job, timeZone: 'America/Montreal-Est' }])).toThrow(
      /job digest: 'America\/Montreal-Est' is not an IANA time zone/,
    );
    expect(() => startScheduler(replica(store), [job, job])).toThrow(/scheduled twice/);
  });
});
