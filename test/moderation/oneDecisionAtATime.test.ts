import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/moderation/decide.js';
import type { Item } from '../../src/moderation/Item.js';
import type { PlatformActions } from '../../src/moderation/PlatformActions.js';
import { processItem } from '../../src/moderation/processItem.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { redisSkip, testRedis, type TestRedis } from '../helpers/redisServer.js';
import { tempStore } from '../helpers/tempStore.js';
import { testContext, type TestContext } from '../helpers/testContext.js';
import { comment } from './comments.js';

/** The page as two replicas see it: records every call that reaches it; each call waits until `open()`. */
function heldPlatform() {
  const calls: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const act = (action: string) => async (item: Item) => {
    calls.push(`${action} ${item.id}`);
    await gate;
  };
  const platform: PlatformActions = {
    hide: act('hide'),
    unhide: act('unhide'),
    delete: act('delete'),
    reply: async (item) => (await act('reply')(item), `${item.externalId}_r`),
  };
  return { platform, calls, open: () => open() };
}

/** Resolves once `probe` is true (the test's own timeout bounds it; no timing is asserted). */
async function until(probe: () => boolean): Promise<void> {
  while (!probe()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const julie = { surface: 'slack', id: 'U0JULIE', name: 'Julie' };
const marc = { surface: 'teams', id: 'aad-marc', name: 'Marc' };

/**
 * Two replicas (two Contexts on the same store: one SQLite file in one process, or two connections to one Redis)
 * get two different clicks on the same comment at once. One decision at a time per item: the second is refused
 * while the first is on the page, and the stored state is the one the page confirmed.
 */
function twoReplicas(name: string, openTwo: () => Promise<[Store, Store, () => Promise<void>]>, skip: string | false = false) {
  describe.skipIf(skip)(`one decision at a time per item (${name})`, () => {
    let a: TestContext;
    let b: TestContext;
    let closeStores: () => Promise<void>;
    let page: ReturnType<typeof heldPlatform>;

    async function setup(): Promise<Item> {
      const [sa, sb, close] = await openTwo();
      closeStores = close;
      page = heldPlatform();
      a = await testContext({ store: sa, platform: page.platform, surfaces: ['slack'] });
      b = await testContext({ store: sb, platform: page.platform, surfaces: ['teams'] });
      const { item } = await receiveComment(a.ctx, comment({ text: "Vous êtes une gang de crisse d'incompétents" }));
      return processItem(a.ctx, item.id);
    }
    afterEach(async () => {
      await closeStores?.();
    });

    it('Delete on one replica, Approve on the other meanwhile: Approve is refused, the comment ends deleted', async () => {
      const item = await setup();
      const deleting = decide(a.ctx, { itemId: item.id, decision: 'delete', actor: julie });
      await until(() => page.calls.length === 1);
      const approving = await decide(b.ctx, { itemId: item.id, decision: 'approve', actor: marc });
      expect(approving).toMatchObject({ ok: false, error: { code: 'decision.busy' } });
      page.open();
      expect(await deleting).toMatchObject({ ok: true, item: { status: 'deleted', decision: 'delete' } });
      expect(page.calls).toEqual([`delete ${item.id}`]);
      expect(await b.ctx.store.getItem(item.id)).toMatchObject({ status: 'deleted', decision: 'delete', decidedBy: 'slack:U0JULIE' });
    });

    it('Hide and Delete clicked together: only one reaches the page', async () => {
      const item = await setup();
      const both = [
        decide(a.ctx, { itemId: item.id, decision: 'hide', actor: julie }),
        decide(b.ctx, { itemId: item.id, decision: 'delete', actor: marc }),
      ];
      await until(() => page.calls.length >= 1);
      page.open();
      const outcomes = await Promise.all(both);
      expect(page.calls).toHaveLength(1);
      const done = outcomes.filter((o) => o.ok);
      expect(done).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok)[0]!.error).toEqual({ code: 'decision.busy' });
      const stored = await a.ctx.store.getItem(item.id);
      expect(stored?.decision).toBe(done[0]!.decision);
      expect(page.calls[0]).toBe(`${done[0]!.decision} ${item.id}`);
    });

    it('the same decision clicked on both replicas is still a duplicate, not a refusal', async () => {
      const item = await setup();
      const first = decide(a.ctx, { itemId: item.id, decision: 'hide', actor: julie });
      await until(() => page.calls.length === 1);
      expect(await decide(b.ctx, { itemId: item.id, decision: 'hide', actor: marc })).toMatchObject({ ok: true, duplicate: true });
      page.open();
      expect(await first).toMatchObject({ ok: true, item: { status: 'hidden' } });
      // Once the page has confirmed, the next decision starts from the new state.
      expect(await decide(b.ctx, { itemId: item.id, decision: 'delete', actor: marc })).toMatchObject({ ok: true, item: { status: 'deleted' } });
      expect(page.calls).toEqual([`hide ${item.id}`, `delete ${item.id}`]);
    });
  });
}

twoReplicas('SQLite', async () => {
  const store = await tempStore();
  return [store, store, () => store.close()];
});

let redis: TestRedis | undefined;
let n = 0;
beforeAll(async () => {
  if (!redisSkip) redis = await testRedis();
});
afterAll(async () => {
  await redis?.stop();
});
twoReplicas(
  'Redis, two connections',
  async () => {
    const keyPrefix = `${redis!.keyPrefix}-decide-${++n}`;
    const one = await openStore(redis!.url, { keyPrefix });
    const two = await openStore(redis!.url, { keyPrefix });
    return [one, two, async () => void (await Promise.all([one.close(), two.close()]))];
  },
  redisSkip,
);
