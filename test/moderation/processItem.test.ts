import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processItem } from '../../src/moderation/processItem.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { recoverPending } from '../../src/moderation/recoverPending.js';
import { testContext, type TestContext } from '../helpers/testContext.js';
import { comment } from './comments.js';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.close());

async function receive(over: Parameters<typeof comment>[0] = {}) {
  return (await receiveComment(t.ctx, comment(over))).item;
}

describe('processItem', () => {
  it('lets a harmless comment stand: checked, no alert, no deadline', async () => {
    const item = await processItem(t.ctx, (await receive()).id);
    expect(item).toMatchObject({ status: 'approved', verdict: 'ok', needsReply: false });
    expect(item.deadline).toBeUndefined();
    expect(t.surfaces.slack!.notified).toEqual([]);
    expect((await t.store.listAudit()).map((a) => a.decision)).toEqual(['received', 'checked']);
  });

  it('alerts every surface about an insult, in the routed channel, and records the alerts on the item', async () => {
    const received = await receive({ text: "Vous êtes une gang de crisse d'incompétents" });
    await t.store.putItem({ ...received, channels: { slack: ['C0MESS'] } });
    const item = await processItem(t.ctx, received.id);
    expect(item).toMatchObject({ status: 'open', verdict: 'hide', needsReply: false, authorViolations: 1 });
    expect(t.surfaces.slack!.notified.map((i) => i.id)).toEqual([item.id]);
    expect(t.surfaces.teams!.notified.map((i) => i.id)).toEqual([item.id]);
    expect(item.alerts).toEqual([
      { surface: 'slack', channel: 'C0MESS', messageId: 'slack-1', version: item.updatedAt },
      { surface: 'teams', channel: 'default', messageId: 'teams-1', version: item.updatedAt },
    ]);
    expect(await t.store.getItem(item.id)).toEqual(item);
    const audit = (await t.store.listAudit()).at(-1)!;
    expect(audit).toMatchObject({ decision: 'checked', actor: 'vigie', rules: ['mess-quebec/obscene'], text: item.text });
    expect(audit.clauses[0]).toBeTruthy();
  });

  it('checks and alerts a comment carrying a long run of one character (it used to overflow the stack, forever retried)', async () => {
    // Issue #13: 7,538 characters, under Facebook's limit; the insult before the run must still reach the team.
    const received = await receive({ text: `Vous êtes une gang de crisse d'incompétents ${'a'.repeat(7_538)}` });
    const item = await processItem(t.ctx, received.id);
    expect(item).toMatchObject({ status: 'open', verdict: 'hide' });
    expect(t.surfaces.slack!.notified.map((i) => i.id)).toEqual([item.id]);
  });

  it('gives a question a reply deadline (one business day) and alerts the team', async () => {
    const item = await processItem(t.ctx, (await receive({ text: 'Quand ouvre le bureau de Rouyn' })).id);
    expect(item).toMatchObject({ status: 'open', verdict: 'ok', needsReply: true, deadline: '2026-03-04T10:00:00.000-05:00' });
    expect(t.surfaces.slack!.notified).toHaveLength(1);
  });

  it('gives a complaint and an emergency a deadline, carrying the reply the policy prescribes', async () => {
    const complaint = await processItem(t.ctx, (await receive({ text: 'Je veux porter plainte contre un agent' })).id);
    expect(complaint.needsReply).toBe(true);
    expect(complaint.check?.findings.find((f) => f.category === 'complaint')?.reply?.fr).toBeTruthy();
    const emergency = await processItem(t.ctx, (await receive({ externalId: 'e1', text: 'Il y a un feu chez mon voisin, aidez-moi' })).id);
    expect(emergency).toMatchObject({ needsReply: true, status: 'open' });
  });

  it('is idempotent: a processed item is returned as it is', async () => {
    const id = (await receive({ text: 'Quand ouvre le bureau?' })).id;
    const first = await processItem(t.ctx, id);
    const again = await processItem(t.ctx, id);
    expect(again).toEqual(first);
    expect(t.surfaces.slack!.notified).toHaveLength(1);
  });

  it('flags the same text posted again and again by one author as repetition, and keeps their history', async () => {
    t.ctx.defaultPolicyId = 'senneterre';
    for (const [i, text] of ['Allez voir mon site!!', 'allez voir MON site', 'Allez voir mon site.'].entries()) {
      await processItem(t.ctx, (await receive({ externalId: `r${i}`, text, at: `2026-03-03T15:0${i}:00.000Z` })).id);
    }
    const history = await t.store.getAuthorHistory('104729381234567', '6120394857362514');
    expect(history.recent.map((r) => r.itemId)).toEqual(['facebook:r0', 'facebook:r1', 'facebook:r2']);
    expect(new Set(history.recent.map((r) => r.fingerprint)).size).toBe(1);
    const first = await t.store.getItem('facebook:r0');
    expect(first?.check?.findings.map((f) => f.category)).not.toContain('repetition');
    const last = await t.store.getItem('facebook:r2');
    expect(last?.check?.findings.find((f) => f.category === 'repetition')?.rule).toMatch(/^senneterre\//);
    expect(last?.status).toBe('open');
  });

  it('suggests blocking an author who breaks the rules again after the policy’s threshold (Senneterre: « récidive »)', async () => {
    t.ctx.defaultPolicyId = 'senneterre';
    expect(t.ctx.policies.get('senneterre')?.repeatOffender?.threshold).toBe(2);
    const texts = ['Gang de crisse de caves', 'Maudits incompétents de tabarnak', 'Bande de crisse de caves'];
    const items = [];
    for (const [i, text] of texts.entries()) {
      items.push(await processItem(t.ctx, (await receive({ externalId: `v${i}`, text, at: `2026-03-03T16:0${i}:00.000Z` })).id));
    }
    expect(items.map((i) => i.authorViolations)).toEqual([1, 2, 3]);
    expect(items.map((i) => i.suggestBlock)).toEqual([undefined, undefined, { violations: 3, threshold: 2 }]);
    expect(items[2]!.check?.findings.map((f) => f.rule)).toContain('senneterre/recidive');
    // Another author starts with a clean record.
    const other = await processItem(t.ctx, (await receive({ externalId: 'v9', author: { id: '42' }, text: 'Gang de crisse de caves' })).id);
    expect(other.authorViolations).toBe(1);
  });

  it('an edit is checked again and alerted anew; its history entry is replaced, not doubled', async () => {
    const id = (await receive({ text: 'Quand ouvre le bureau?' })).id;
    await processItem(t.ctx, id);
    await receiveComment(t.ctx, comment({ verb: 'edit', text: 'Quand ouvre le bureau? Bande de crisse de caves', at: '2026-03-03T15:30:00.000Z' }));
    const item = await processItem(t.ctx, id);
    expect(item).toMatchObject({ status: 'open', verdict: 'hide' });
    expect(item.alerts?.map((a) => a.surface)).toEqual(['slack', 'teams', 'slack', 'teams']);
    expect(t.surfaces.slack!.notified.map((i) => i.text)).toEqual(['Quand ouvre le bureau?', 'Quand ouvre le bureau? Bande de crisse de caves']);
    const history = await t.store.getAuthorHistory('104729381234567', '6120394857362514');
    expect(history.recent).toHaveLength(1);
  });

  it('when a surface is down, keeps the item pending; recovery alerts only the surface that missed it', async () => {
    t.surfaces.teams!.failWith = new Error('Bot Connector 503');
    const id = (await receive({ text: 'Quand ouvre le bureau?' })).id;
    await expect(processItem(t.ctx, id)).rejects.toThrow(/teams: Bot Connector 503/);
    expect(await t.store.getItem(id)).toMatchObject({ status: 'received', alerts: [{ surface: 'slack' }] });
    expect((await t.store.listAudit()).at(-1)).toMatchObject({ decision: 'notify-failed', result: 'error' });

    // Still down at start-up: nothing recovered, nothing lost.
    expect(await recoverPending(t.ctx)).toBe(0);
    t.surfaces.teams!.failWith = undefined;
    expect(await recoverPending(t.ctx)).toBe(1);
    expect(await t.store.getItem(id)).toMatchObject({ status: 'open' });
    expect(t.surfaces.slack!.notified).toHaveLength(1);
    expect(t.surfaces.teams!.notified).toHaveLength(1);
  });

  it('start-up picks up every comment stored but not processed (a crash between storing and notifying)', async () => {
    await receive({ externalId: 'a', text: 'Quand ouvre le bureau?' });
    await receive({ externalId: 'b', text: 'Merci!' });
    await receive({ externalId: 'c', text: 'Bande de crisse de caves' });
    expect(await recoverPending(t.ctx)).toBe(3);
    expect(await t.store.listItems(['received'])).toEqual([]);
    expect(t.surfaces.slack!.notified.map((i) => i.externalId).sort()).toEqual(['a', 'c']);
    expect(await recoverPending(t.ctx)).toBe(0);
  });

  it('a removal that lands while the alert is being posted wins; the alert posted is kept for updating', async () => {
    const slack = t.surfaces.slack!;
    t.ctx.surfaces = [
      {
        ...slack,
        name: 'slack',
        async notify(item) {
          await receiveComment(t.ctx, comment({ verb: 'remove', text: undefined, at: '2026-03-03T15:20:00.000Z' }));
          return slack.notify(item);
        },
      },
    ];
    const id = (await receive({ text: 'Quand ouvre le bureau?' })).id;
    const item = await processItem(t.ctx, id);
    expect(item).toMatchObject({ status: 'deleted', alerts: [{ surface: 'slack', messageId: 'slack-1' }] });
    expect(await t.store.getItem(id)).toEqual(item);
  });

  it('says which item is unknown', async () => {
    await expect(processItem(t.ctx, 'facebook:nope')).rejects.toThrow("unknown item 'facebook:nope'");
  });
});
