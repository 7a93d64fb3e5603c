import { afterEach, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/moderation/runReminders.js';
import { openItem } from '../../src/sla/lifecycle.js';
import { at, makePolicy } from '../sla/makePolicy.js';
import { makeItem } from '../sla/makeItem.js';
import { slaContext, type SlaContext } from '../sla/slaContext.js';

describe('runReminders', () => {
  let t: SlaContext;
  afterEach(async () => t?.store.close());
  const policy = makePolicy();

  it('sends each reminder once to every surface, threaded under the alert of that surface', async () => {
    t = await slaContext([policy]);
    const item = openItem(
      makeItem(at('2026-11-23T09:00'), {
        status: 'received',
        alerts: [{ surface: 'slack', channel: 'C1', messageId: '1700000000.0001' }],
      }),
      policy,
    );
    await t.store.putItem(item);
    await t.store.putItem(openItem(makeItem(at('2026-11-23T09:00'), { status: 'received', needsReply: false }), policy));

    expect(await runReminders(t.ctx, at('2026-11-23T14:55'))).toEqual([]);
    const sent = await runReminders(t.ctx, at('2026-11-23T15:00'));
    expect(sent.map((r) => [r.kind, r.item.id])).toEqual([['due-soon', item.id]]);
    expect(t.slack.reminders).toHaveLength(1);
    expect(t.slack.reminders[0]!.ref).toEqual(item.alerts![0]);
    expect(t.slack.reminders[0]!.reminder.message!.fr).toContain('reçu le lundi 23 novembre à 9 h 00');
    expect(t.teams.reminders).toHaveLength(1);
    expect(t.teams.reminders[0]!.ref).toBeUndefined();

    // Later ticks the same day do not repeat it.
    expect(await runReminders(t.ctx, at('2026-11-23T15:05'))).toEqual([]);
    expect(t.slack.reminders).toHaveLength(1);
    // Before closing, then breached.
    expect((await runReminders(t.ctx, at('2026-11-23T16:00'))).map((r) => r.kind)).toEqual(['before-closing']);
    expect((await runReminders(t.ctx, at('2026-11-24T09:00'))).map((r) => r.kind)).toEqual(['breached']);
    expect((await runReminders(t.ctx, at('2026-11-24T09:05'))).map((r) => r.kind)).toEqual([]);
    expect(t.slack.reminders.map((r) => r.reminder.kind)).toEqual(['due-soon', 'before-closing', 'breached']);
  });

  it('a second replica on the same store does not send again (store claim)', async () => {
    t = await slaContext([policy]);
    await t.store.putItem(openItem(makeItem(at('2026-11-23T09:00'), { status: 'received' }), policy));
    const replica = { ...t.ctx }; // a different Context object: its own process-local memory, same store
    const [a, b] = await Promise.all([runReminders(t.ctx, at('2026-11-23T15:00')), runReminders(replica, at('2026-11-23T15:00'))]);
    expect(a.length + b.length).toBe(1);
    expect(t.slack.reminders).toHaveLength(1);
  });

  it('a reminder no surface could take is tried again at the next tick', async () => {
    t = await slaContext([policy]);
    await t.store.putItem(openItem(makeItem(at('2026-11-23T09:00'), { status: 'received' }), policy));
    t.slack.failWith = new Error('slack is down');
    t.teams.failWith = new Error('teams is down');
    expect(await runReminders(t.ctx, at('2026-11-23T15:00'))).toEqual([]);
    expect(t.logs.filter((l) => l.msg === 'reminder not delivered')).toHaveLength(2);
    t.slack.failWith = undefined;
    t.teams.failWith = undefined;
    expect(await runReminders(t.ctx, at('2026-11-23T15:05'))).toHaveLength(1);
    expect(t.slack.reminders).toHaveLength(1);
  });

  it('items of several policies are swept each under their own calendar', async () => {
    const ontario = makePolicy({ id: 'test-on', calendar: { province: 'ON' } });
    t = await slaContext([policy, ontario]);
    // Friday 13 February 2026: Monday 16 is Family Day in Ontario only.
    await t.store.putItem(openItem(makeItem(at('2026-02-13T15:00'), { status: 'received', id: 'facebook:qc' }), policy));
    await t.store.putItem(openItem(makeItem(at('2026-02-13T15:00'), { status: 'received', id: 'facebook:on', policyId: 'test-on' }), ontario));
    const sent = await runReminders(t.ctx, at('2026-02-16T15:00'));
    expect(sent.map((r) => [r.kind, r.item.id])).toEqual([['breached', 'facebook:qc']]);
    const tuesday = await runReminders(t.ctx, at('2026-02-17T13:00'));
    expect(tuesday.map((r) => [r.kind, r.item.id])).toEqual([['due-soon', 'facebook:on']]);
  });

  it('after an outage, sends what can still be saved and the newest lateness one by one, and folds the rest into one catch-up digest', async () => {
    t = await slaContext([policy]);
    // Vigie was down from Thursday evening: 14 comments of Thursday are late on Monday, 2 of Monday are due soon.
    const late = [];
    for (let i = 0; i < 14; i++) {
      const item = openItem(
        makeItem(at(`2026-11-19T${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`), { status: 'received' }),
        policy,
      );
      late.push(item);
      await t.store.putItem(item);
    }
    const soon = [];
    for (const time of ['2026-11-23T08:50', '2026-11-23T09:00']) {
      const item = openItem(makeItem(at(time), { status: 'received' }), policy);
      soon.push(item);
      await t.store.putItem(item);
    }
    const sent = await runReminders(t.ctx, at('2026-11-23T15:00'), { maxPerTick: 5 });
    expect(sent.map((r) => [r.kind, r.item.id])).toEqual([
      ['due-soon', soon[0]!.id],
      ['due-soon', soon[1]!.id],
      ['breached', late[13]!.id],
      ['breached', late[12]!.id],
      ['breached', late[11]!.id],
    ]);
    expect(t.slack.reminders).toHaveLength(5);
    expect(t.slack.digests).toHaveLength(1);
    const digest = t.slack.digests[0]!;
    expect(digest.catchUp).toEqual({ held: 11 });
    expect(digest.breached.map((i) => i.id).sort()).toEqual(late.map((i) => i.id).sort());
    expect(t.teams.digests[0]!.catchUp).toEqual({ held: 11 });
    // The held reminders count as sent: the next ticks do not send them one by one after all.
    expect(await runReminders(t.ctx, at('2026-11-23T15:05'), { maxPerTick: 5 })).toEqual([]);
    expect(t.slack.digests).toHaveLength(1);
  });

  it('a catch-up digest no surface could take holds nothing back: the next tick tries again', async () => {
    t = await slaContext([policy]);
    for (let i = 0; i < 4; i++) await t.store.putItem(openItem(makeItem(at(`2026-11-19T1${i}:00`), { status: 'received' }), policy));
    let calls = 0;
    for (const s of [t.slack, t.teams]) {
      const digest = s.digest.bind(s);
      s.digest = async (d) => {
        calls++;
        if (calls <= 2) throw new Error('chat is down');
        return digest(d);
      };
    }
    expect(await runReminders(t.ctx, at('2026-11-23T15:00'), { maxPerTick: 2 })).toHaveLength(2);
    expect(t.logs.filter((l) => l.msg === 'catch-up digest not delivered')).toHaveLength(2);
    // The two held back were not claimed: at the next tick they are the ones sent, one by one.
    expect(await runReminders(t.ctx, at('2026-11-23T15:05'), { maxPerTick: 2 })).toHaveLength(2);
    expect(t.slack.reminders).toHaveLength(4);
    expect(t.slack.digests).toHaveLength(0);
  });
});
