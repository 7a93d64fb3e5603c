import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/moderation/InputError.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { loadRouting } from '../../src/moderation/routing.js';
import { testContext, type TestContext } from '../helpers/testContext.js';
import { comment } from './comments.js';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.close());

const ID = 'facebook:882731009182736_1290384756102938';

describe('receiveComment', () => {
  it('stores a new comment as received before returning, with the routing default policy', async () => {
    const { item, duplicate } = await receiveComment(t.ctx, comment());
    expect(duplicate).toBe(false);
    expect(item).toMatchObject({ id: ID, status: 'received', policyId: 'mess-quebec', receivedAt: '2026-03-03T15:00:00.000Z', needsReply: false });
    expect(await t.store.getItem(ID)).toEqual(item);
    expect((await t.store.listAudit()).map((a) => [a.itemId, a.decision, a.actor])).toEqual([[ID, 'received', 'facebook:6120394857362514']]);
  });

  it('routes the page to its policy and channels', async () => {
    t.ctx.routing = {
      ...loadRouting(undefined, {}),
      pages: new Map([['104729381234567', { policyId: 'mess-quebec', pageName: 'MESS', channels: { slack: ['C0MESS'] } }]]),
    };
    const { item } = await receiveComment(t.ctx, comment());
    expect(item).toMatchObject({ policyId: 'mess-quebec', pageName: 'MESS', channels: { slack: ['C0MESS'] } });
  });

  it('falls back to the default policy when the routing names one that is not loaded', async () => {
    t.ctx.routing = { ...loadRouting(undefined, {}), pages: new Map([['104729381234567', { policyId: 'gone', channels: {} }]]) };
    const { item } = await receiveComment(t.ctx, comment());
    expect(item.policyId).toBe('mess-quebec');
    expect(t.logs.some((l) => l.level === 'warn' && /unknown policy/.test(l.msg))).toBe(true);
  });

  it('answers a redelivery as a duplicate and changes nothing', async () => {
    await receiveComment(t.ctx, comment());
    const again = await receiveComment(t.ctx, comment());
    expect(again.duplicate).toBe(true);
    expect(await t.store.listItems()).toHaveLength(1);
    expect(await t.store.listAudit()).toHaveLength(1);
  });

  it('an edit replaces the text and sends the item back to be checked; an older event after it changes nothing', async () => {
    await receiveComment(t.ctx, comment());
    await t.store.putItem({ ...(await t.store.getItem(ID))!, status: 'open' });
    const edit = await receiveComment(t.ctx, comment({ verb: 'edit', text: 'Texte corrigé', at: '2026-03-03T15:10:00.000Z' }));
    expect(edit.item).toMatchObject({
      status: 'received',
      text: 'Texte corrigé',
      updatedAt: '2026-03-03T15:10:00.000Z',
      receivedAt: '2026-03-03T15:00:00.000Z',
    });
    const late = await receiveComment(t.ctx, comment({ verb: 'edit', text: 'Version intermédiaire', at: '2026-03-03T15:05:00.000Z' }));
    expect(late.duplicate).toBe(true);
    expect((await t.store.getItem(ID))?.text).toBe('Texte corrigé');
  });

  it('out of order: an edit before its add keeps the edit; the late add is a duplicate', async () => {
    await receiveComment(t.ctx, comment({ verb: 'edit', text: 'Version finale', at: '2026-03-03T15:10:00.000Z' }));
    const add = await receiveComment(t.ctx, comment());
    expect(add.duplicate).toBe(true);
    expect(await t.store.getItem(ID)).toMatchObject({ text: 'Version finale', status: 'received' });
  });

  it('a removal marks the item deleted, and a late add does not bring it back', async () => {
    await receiveComment(t.ctx, comment({ verb: 'remove', text: undefined, at: '2026-03-03T15:20:00.000Z' }));
    expect((await t.store.getItem(ID))?.status).toBe('deleted');
    await receiveComment(t.ctx, comment());
    expect(await t.store.getItem(ID)).toMatchObject({ status: 'deleted', text: 'Merci pour le déneigement rapide ce matin!' });
    expect((await receiveComment(t.ctx, comment())).duplicate).toBe(true);
  });

  it('a late add fills in the text of a removal or hide that arrived first, without undoing it', async () => {
    await receiveComment(t.ctx, comment({ verb: 'hide', text: undefined, at: '2026-03-03T15:20:00.000Z' }));
    const add = await receiveComment(t.ctx, comment({ text: 'Texte original' }));
    expect(add.duplicate).toBe(false);
    expect(await t.store.getItem(ID)).toMatchObject({
      status: 'hidden',
      text: 'Texte original',
      receivedAt: '2026-03-03T15:00:00.000Z',
      updatedAt: '2026-03-03T15:20:00.000Z',
    });
    expect((await receiveComment(t.ctx, comment({ text: 'Texte original' }))).duplicate).toBe(true);
  });

  it('keeps a hidden item hidden when it is edited, and follows hide/unhide done on the page itself', async () => {
    await receiveComment(t.ctx, comment());
    await receiveComment(t.ctx, comment({ verb: 'hide', text: undefined, at: '2026-03-03T15:01:00.000Z' }));
    expect((await t.store.getItem(ID))?.status).toBe('hidden');
    await receiveComment(t.ctx, comment({ verb: 'edit', text: 'autre', at: '2026-03-03T15:02:00.000Z' }));
    expect(await t.store.getItem(ID)).toMatchObject({ status: 'hidden', text: 'autre' });
    await receiveComment(t.ctx, comment({ verb: 'unhide', text: undefined, at: '2026-03-03T15:03:00.000Z' }));
    expect((await t.store.getItem(ID))?.status).toBe('approved');
    expect((await t.store.listAudit()).map((a) => [a.decision, a.actor])).toEqual([
      ['received', 'facebook:6120394857362514'],
      ['hidden-on-platform', 'facebook'],
      ['edited', 'facebook:6120394857362514'],
      ['unhidden-on-platform', 'facebook'],
    ]);
  });

  it('refuses a malformed event with every problem listed, and stores nothing', async () => {
    const bad = { ...comment({ at: 'hier' }), source: 'Face Book', author: {} } as never;
    const err = await receiveComment(t.ctx, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems).toEqual([
      expect.stringMatching(/^source: lowercase letters/),
      expect.stringMatching(/^author\.id: /),
      expect.stringMatching(/^at: must be an ISO 8601 instant/),
    ]);
    await expect(receiveComment(t.ctx, comment({ text: undefined }))).rejects.toThrow(/text: is required when a comment is added/);
    expect(await t.store.listItems()).toEqual([]);
  });
});
