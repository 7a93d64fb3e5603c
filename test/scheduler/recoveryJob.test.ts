import { describe, expect, it } from 'vitest';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { recoveryJob } from '../../src/scheduler/recoveryJob.js';
import { startScheduler } from '../../src/scheduler/startScheduler.js';
import { testContext } from '../helpers/testContext.js';

describe('recoveryJob', () => {
  it('alerts, on its next slot, a comment stored but never checked nor alerted', async () => {
    const t = await testContext({ surfaces: ['slack'] });
    const slack = t.surfaces.slack!;
    const { item } = await receiveComment(t.ctx, {
      source: 'facebook',
      externalId: '882731009182736_1',
      pageId: '104729381234567',
      author: { id: '6120394857362514', name: 'Jean Tremblay' },
      text: 'Bonjour, quand ouvre la piscine municipale cet été?',
      at: '2026-03-03T15:00:00Z',
    });
    expect(item.status).toBe('received');

    const job = recoveryJob(t.ctx, '* * * * * *');
    expect(job).toMatchObject({ name: 'recover-pending', timeZone: 'UTC' });
    // The job's runs, numbered as they start and recorded when they end.
    let started = 0;
    const finished: number[] = [];
    const counted = {
      ...job,
      run: async (now: Date) => {
        const n = started++;
        await job.run(now);
        finished.push(n);
      },
    };
    const scheduler = startScheduler(t.ctx, [counted]);
    const wait = () => new Promise((r) => setTimeout(r, 50));
    while ((await t.store.getItem(item.id))?.status === 'received') await wait();
    // Two more slots run to their end after the alert (not a pause that would pass with no slot run at all):
    // nothing is alerted twice.
    const after = started;
    while (finished.filter((n) => n >= after).length < 2) await wait();
    await scheduler.stop();
    expect(slack.notified.map((i) => i.id)).toEqual([item.id]);
    expect((await t.store.getItem(item.id))?.status).toBe('open');
    await t.close();
  });
});
