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
    const scheduler = startScheduler(t.ctx, [job]);
    while ((await t.store.getItem(item.id))?.status === 'received') await new Promise((r) => setTimeout(r, 50));
    // Another slot or two: nothing is alerted twice.
    await new Promise((r) => setTimeout(r, 1500));
    await scheduler.stop();
    expect(slack.notified.map((i) => i.id)).toEqual([item.id]);
    expect((await t.store.getItem(item.id))?.status).toBe('open');
    await t.close();
  });
});
