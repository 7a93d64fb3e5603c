import { afterEach, describe, expect, it } from 'vitest';
import { runDigest } from '../../src/moderation/runDigest.js';
import { openItem } from '../../src/sla/lifecycle.js';
import { at, makePolicy } from '../sla/makePolicy.js';
import { makeItem } from '../sla/makeItem.js';
import { slaContext, type SlaContext } from '../sla/slaContext.js';

describe('runDigest', () => {
  let t: SlaContext;
  afterEach(async () => t?.store.close());
  const qc = makePolicy();
  const on = makePolicy({ id: 'test-on', calendar: { province: 'ON' } });
  const idle = makePolicy({ id: 'idle' });

  it('posts one digest per policy with items (and the default) at opening, once a day', async () => {
    t = await slaContext([qc, on, idle], 'test-qc');
    await t.store.putItem(openItem(makeItem(at('2026-11-23T10:00'), { status: 'received', policyId: 'test-on' }), on));
    const digests = await runDigest(t.ctx, at('2026-11-24T08:30'));
    expect(digests.map((d) => d.policyId).sort()).toEqual(['test-on', 'test-qc']);
    expect(digests.find((d) => d.policyId === 'test-on')!.totals.dueToday).toBe(1);
    expect(t.slack.digests).toHaveLength(2);
    expect(t.teams.digests).toHaveLength(2);
    expect(await runDigest(t.ctx, at('2026-11-24T08:35'))).toEqual([]);
    expect(t.slack.digests).toHaveLength(2);
  });

  it('sends nothing on a weekend, on a holiday of the province, or before opening', async () => {
    t = await slaContext([qc, on], 'test-qc');
    await t.store.putItem(openItem(makeItem(at('2026-06-22T10:00'), { status: 'received', policyId: 'test-on' }), on));
    expect(await runDigest(t.ctx, at('2026-11-21T08:30'))).toEqual([]); // Saturday
    expect(await runDigest(t.ctx, at('2026-11-24T08:29'))).toEqual([]); // before opening
    // Fête nationale: Québec is closed, Ontario works.
    expect((await runDigest(t.ctx, at('2026-06-24T08:30'))).map((d) => d.policyId)).toEqual(['test-on']);
    // Family Day: Ontario is closed, Québec works.
    expect((await runDigest(t.ctx, at('2026-02-16T08:30'))).map((d) => d.policyId)).toEqual(['test-qc']);
  });

  it('waits for someone to be there: not at the closing minute, not in a lunch break (issue 19)', async () => {
    const day: [string, string][] = [
      ['08:30', '12:00'],
      ['13:00', '16:30'],
    ];
    const lunch = makePolicy({ calendar: { hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] } } });
    t = await slaContext([lunch], 'test-qc');
    expect(await runDigest(t.ctx, at('2026-11-24T12:00'))).toEqual([]);
    expect(await runDigest(t.ctx, at('2026-11-24T12:30'))).toEqual([]);
    expect(await runDigest(t.ctx, at('2026-11-24T13:00'))).toHaveLength(1);
    await t.store.close();
    t = await slaContext([qc], 'test-qc');
    expect(await runDigest(t.ctx, at('2026-11-24T16:30'))).toEqual([]);
  });

  it('counts items of a policy that is no longer configured under the default one', async () => {
    t = await slaContext([qc], 'test-qc');
    await t.store.putItem(openItem(makeItem(at('2026-11-23T10:00'), { status: 'received', policyId: 'removed' }), qc));
    const [d] = await runDigest(t.ctx, at('2026-11-24T08:30'));
    expect(d!.totals.open).toBe(1);
  });

  it('a digest no surface took is sent again at the next tick', async () => {
    t = await slaContext([qc]);
    t.slack.failWith = new Error('down');
    t.teams.failWith = new Error('down');
    expect(await runDigest(t.ctx, at('2026-11-24T08:30'))).toEqual([]);
    t.slack.failWith = undefined;
    t.teams.failWith = undefined;
    expect(await runDigest(t.ctx, at('2026-11-24T08:35'))).toHaveLength(1);
  });
});
