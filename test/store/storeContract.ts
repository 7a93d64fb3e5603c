// One table of behaviours every Store backend must show; sqliteStore.test.ts and redisStore.test.ts run it.
import { expect } from 'vitest';
import type { Item, ItemStatus } from '../../src/moderation/Item.js';
import type { AuditEntry, Store } from '../../src/store/Store.js';

export function makeItem(n: number | string, over: Partial<Item> = {}): Item {
  return {
    id: `facebook:${n}`,
    source: 'facebook',
    externalId: String(n),
    pageId: 'page-1',
    policyId: 'mess-quebec',
    kind: 'comment',
    author: { id: `author-${n}`, name: 'Élise Tremblay' },
    text: `Bonjour, où en est mon dossier n° ${n} ? Ça fait trois semaines… 🙁`,
    receivedAt: '2026-03-02T14:05:00-05:00',
    status: 'open',
    needsReply: true,
    updatedAt: '2026-03-02T14:05:01-05:00',
    ...over,
  };
}

function audit(at: string, itemId: string, decision = 'hide'): AuditEntry {
  return {
    at,
    itemId,
    policyId: 'mess-quebec',
    decision,
    actor: 'slack:U1',
    rules: ['mess-quebec/insult'],
    clauses: ['« propos injurieux »'],
    text: 'texte',
    result: 'ok',
  };
}

const ids = (items: Item[]) => items.map((i) => i.id).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ContractCase {
  name: string;
  run(store: Store, reopen: () => Promise<Store>): Promise<void>;
}

export const storeContract: ContractCase[] = [
  {
    name: 'an unknown item is undefined',
    async run(store) {
      expect(await store.getItem('facebook:nope')).toBeUndefined();
    },
  },
  {
    name: 'an item comes back exactly as written (accents, emoji, a leading colon)',
    async run(store) {
      const item = makeItem(1, { text: ':) Merci — « très » apprécié 👍', check: { verdict: 'ok', findings: [] } });
      await store.putItem(item);
      expect(await store.getItem(item.id)).toEqual(item);
    },
  },
  {
    name: 'listItems follows status changes and lists an item under its current status only',
    async run(store) {
      await store.putItem(makeItem(1, { status: 'received' }));
      await store.putItem(makeItem(2, { status: 'open' }));
      await store.putItem(makeItem(3, { status: 'open' }));
      await store.putItem(makeItem(2, { status: 'answered' }));
      expect(ids(await store.listItems(['open']))).toEqual(['facebook:3']);
      expect(ids(await store.listItems(['answered']))).toEqual(['facebook:2']);
      expect(ids(await store.listItems(['received', 'answered']))).toEqual(['facebook:1', 'facebook:2']);
      expect(ids(await store.listItems())).toEqual(['facebook:1', 'facebook:2', 'facebook:3']);
      expect(await store.listItems([])).toEqual([]);
      expect((await store.listItems(['answered']))[0]!.status).toBe('answered');
    },
  },
  {
    name: 'concurrent writes of one item leave it listed under its final status only',
    async run(store) {
      const statuses: ItemStatus[] = ['received', 'open', 'answered', 'hidden', 'approved', 'dismissed'];
      await Promise.all(statuses.map((status) => store.putItem(makeItem(7, { status }))));
      const final = (await store.getItem('facebook:7'))!.status;
      for (const status of statuses) {
        expect(ids(await store.listItems([status]))).toEqual(status === final ? ['facebook:7'] : []);
      }
    },
  },
  {
    name: 'claim: the first caller wins, others lose until release',
    async run(store) {
      const first = await store.claim('delivery:abc', 60_000);
      expect(first).toEqual({ key: 'delivery:abc', token: expect.any(String) });
      expect(await store.claim('delivery:abc', 60_000)).toBeUndefined();
      expect(await store.claim('delivery:other', 60_000)).toBeDefined();
      await store.release(first!);
      expect(await store.claim('delivery:abc', 60_000)).toBeDefined();
    },
  },
  {
    name: 'claim: exactly one of many simultaneous callers wins',
    async run(store) {
      const results = await Promise.all(Array.from({ length: 25 }, () => store.claim('click:same', 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    },
  },
  {
    name: 'claim: a claim expires after its ttl',
    async run(store) {
      expect(await store.claim('lease:short', 500)).toBeDefined();
      expect(await store.claim('lease:short', 500)).toBeUndefined();
      await sleep(800);
      expect(await store.claim('lease:short', 500)).toBeDefined();
    },
  },
  {
    name: 'renew: extends a claim its maker still holds, and only that',
    async run(store, reopen) {
      // Margins are wide: a busy machine may stall a process for a good fraction of a second.
      const work = (await store.claim('lease:work', 1000))!;
      expect(work).toBeDefined();
      await sleep(100);
      expect(await store.renew(work, 5000)).toBe(true);
      await sleep(1000); // past the first ttl, well within the renewed one
      expect(await store.claim('lease:work', 1000)).toBeUndefined();
      expect(await store.renew({ key: 'lease:nobody', token: work.token }, 200)).toBe(false);
      const other = await reopen(); // another replica on the same storage
      try {
        // Knowing the key is not enough: only the token the claim was given renews it.
        expect(await other.renew({ key: 'lease:work', token: 'guessed' }, 200)).toBe(false);
        expect(await other.claim('lease:work', 200)).toBeUndefined();
      } finally {
        await other.close();
      }
      await store.release(work);
      expect(await store.renew(work, 200)).toBe(false);
    },
  },
  {
    name: 'release: a caller whose claim ran out cannot free the claim another replica took after it',
    async run(store, reopen) {
      // The one-decision-at-a-time lock: a slow replica's lease expires, another replica takes the item, then the
      // slow one finishes and releases. The lock must stay with the second, or a third decision runs beside it.
      const slow = (await store.claim('decide:facebook:1:one-at-a-time', 300))!;
      expect(slow).toBeDefined();
      await sleep(500);
      const other = await reopen();
      try {
        const theirs = await other.claim('decide:facebook:1:one-at-a-time', 60_000);
        expect(theirs).toBeDefined();
        await store.release(slow);
        expect(await store.claim('decide:facebook:1:one-at-a-time', 60_000)).toBeUndefined();
        expect(await other.claim('decide:facebook:1:one-at-a-time', 60_000)).toBeUndefined();
        await other.release(theirs!);
        expect(await store.claim('decide:facebook:1:one-at-a-time', 60_000)).toBeDefined();
      } finally {
        await other.close();
      }
    },
  },
  {
    name: 'release: within one replica too, an expired claim released late leaves the newer claim alone',
    async run(store) {
      const first = (await store.claim('digest:mess-quebec:2026-03-02', 300))!;
      await sleep(500);
      const second = await store.claim('digest:mess-quebec:2026-03-02', 60_000);
      expect(second).toBeDefined();
      await store.release(first);
      expect(await store.claim('digest:mess-quebec:2026-03-02', 60_000)).toBeUndefined();
      expect(await store.renew(first, 60_000)).toBe(false);
      expect(await store.renew(second!, 60_000)).toBe(true);
    },
  },
  {
    name: 'audit: entries come back in time order, whatever offset they were written with',
    async run(store) {
      await store.appendAudit(audit('2026-03-02T10:00:00-05:00', 'b')); // 15:00Z
      await store.appendAudit(audit('2026-03-02T14:00:00Z', 'a'));
      await store.appendAudit(audit('2026-03-02T16:30:00Z', 'c'));
      await store.appendAudit(audit('2026-03-02T16:30:00Z', 'c', 'reply'));
      expect((await store.listAudit()).map((e) => e.itemId)).toEqual(['a', 'b', 'c', 'c']);
      const all = await store.listAudit();
      expect(all[2]!.decision).toBe('hide');
      expect(all[3]!.decision).toBe('reply');
      expect(all[1]).toEqual(audit('2026-03-02T10:00:00-05:00', 'b'));
    },
  },
  {
    name: 'audit: a range is [from, to)',
    async run(store) {
      for (const [at, id] of [
        ['2026-03-02T14:00:00Z', 'a'],
        ['2026-03-02T15:00:00Z', 'b'],
        ['2026-03-02T16:00:00Z', 'c'],
      ]) {
        await store.appendAudit(audit(at!, id!));
      }
      const got = await store.listAudit({ from: '2026-03-02T10:00:00-05:00', to: '2026-03-02T16:00:00Z' });
      expect(got.map((e) => e.itemId)).toEqual(['b']);
      expect((await store.listAudit({ from: '2026-03-02T15:00:01Z' })).map((e) => e.itemId)).toEqual(['c']);
      expect((await store.listAudit({ to: '2026-03-02T15:00:00Z' })).map((e) => e.itemId)).toEqual(['a']);
    },
  },
  {
    name: 'audit: a time that is not ISO 8601 is refused with a clear reason',
    async run(store) {
      await expect(store.appendAudit(audit('hier', 'x'))).rejects.toThrow(/'hier' is not an ISO 8601/);
      await expect(store.listAudit({ from: 'demain' })).rejects.toThrow(/'demain' is not an ISO 8601/);
    },
  },
  {
    name: 'author history: empty at first, then per page and author',
    async run(store) {
      expect(await store.getAuthorHistory('page-1', 'u:1')).toEqual({ recent: [], violations: [] });
      const history = {
        recent: [{ fingerprint: 'abc', at: '2026-03-02T14:00:00Z', itemId: 'facebook:1' }],
        violations: [{ itemId: 'facebook:1', at: '2026-03-02T14:00:00Z', categories: ['insult'] }],
      };
      await store.putAuthorHistory('page-1', 'u:1', history);
      expect(await store.getAuthorHistory('page-1', 'u:1')).toEqual(history);
      expect(await store.getAuthorHistory('page-2', 'u:1')).toEqual({ recent: [], violations: [] });
    },
  },
  {
    name: 'posts per day: counted once per post id, per account and day',
    async run(store) {
      await store.recordPost('acct:a', '2026-03-02', 'p1');
      await store.recordPost('acct:a', '2026-03-02', 'p2');
      await store.recordPost('acct:a', '2026-03-02', 'p2');
      await store.recordPost('acct:a', '2026-03-03', 'p3');
      await store.recordPost('acct:ab', '2026-03-02', 'p4');
      expect(await store.countPosts('acct:a', '2026-03-02')).toBe(2);
      expect(await store.countPosts('acct:a', '2026-03-03')).toBe(1);
      expect(await store.countPosts('acct:ab', '2026-03-02')).toBe(1);
      expect(await store.countPosts('acct:b', '2026-03-02')).toBe(0);
    },
  },
  {
    name: 'values: per namespace, listed, with keys holding colons',
    async run(store) {
      const ref = { conversation: { id: '19:abc@thread.tacv2' }, serviceUrl: 'https://smba.trafficmanager.net/ca/' };
      await store.setValue('teams-refs', '19:abc@thread.tacv2', ref);
      await store.setValue('teams-refs', 'user:29:1x', { n: 2 });
      await store.setValue('settings', 'lang', 'fr');
      expect(await store.getValue('teams-refs', '19:abc@thread.tacv2')).toEqual(ref);
      expect(await store.getValue('settings', '19:abc@thread.tacv2')).toBeUndefined();
      const listed = (await store.listValues('teams-refs')).sort((a, b) => a.key.localeCompare(b.key));
      expect(listed).toEqual([
        { key: '19:abc@thread.tacv2', value: ref },
        { key: 'user:29:1x', value: { n: 2 } },
      ]);
      expect(await store.listValues('settings')).toEqual([{ key: 'lang', value: 'fr' }]);
      expect(await store.listValues('nothing-here')).toEqual([]);
    },
  },
  {
    name: 'values: a deleted value is gone from get and list, its neighbours stay, and deleting twice is harmless',
    async run(store, reopen) {
      await store.setValue('exceptions', 'x1', { term: 'tabarnak' });
      await store.setValue('exceptions', 'x2', { term: 'calice' });
      await store.setValue('other', 'x1', 'kept');
      await store.deleteValue('exceptions', 'x1');
      await store.deleteValue('exceptions', 'x1');
      await store.deleteValue('exceptions', 'never-there');
      expect(await store.getValue('exceptions', 'x1')).toBeUndefined();
      expect(await store.listValues('exceptions')).toEqual([{ key: 'x2', value: { term: 'calice' } }]);
      expect(await store.getValue('other', 'x1')).toBe('kept');
      // Written again after its deletion, it is back.
      await store.setValue('exceptions', 'x1', { term: 'again' });
      await store.close();
      const again = await reopen();
      try {
        const listed = (await again.listValues('exceptions')).sort((a, b) => a.key.localeCompare(b.key));
        expect(listed).toEqual([
          { key: 'x1', value: { term: 'again' } },
          { key: 'x2', value: { term: 'calice' } },
        ]);
      } finally {
        await again.close();
      }
    },
  },
  {
    name: 'values: a value with a ttl is gone after it',
    async run(store) {
      await store.setValue('dedup', 'k', true, 500);
      expect(await store.getValue('dedup', 'k')).toBe(true);
      await sleep(800);
      expect(await store.getValue('dedup', 'k')).toBeUndefined();
      expect(await store.listValues('dedup')).toEqual([]);
    },
  },
  {
    name: 'item numbers: one per item, given in order, never twice, and the item found again from its number',
    async run(store) {
      const [a1, a2, a3] = await Promise.all([store.itemNumber('facebook:a'), store.itemNumber('facebook:a'), store.itemNumber('facebook:a')]);
      expect([a1, a2, a3]).toEqual([1, 1, 1]);
      const others = await Promise.all(['facebook:b', 'facebook:c', 'facebook:d'].map((id) => store.itemNumber(id)));
      expect([...others].sort()).toEqual([2, 3, 4]);
      expect(await store.itemNumber('facebook:c')).toBe(others[1]);
      expect(await store.itemWithNumber(1)).toBe('facebook:a');
      expect(await store.itemWithNumber(others[2]!)).toBe('facebook:d');
      for (const n of [0, -1, 5, 1.5, Number.NaN]) expect(await store.itemWithNumber(n)).toBeUndefined();
    },
  },
  {
    name: 'item numbers: the same after closing and opening again, and the next item takes the next one',
    async run(store, reopen) {
      expect(await store.itemNumber('facebook:first')).toBe(1);
      expect(await store.itemNumber('facebook:second')).toBe(2);
      await store.close();
      const again = await reopen();
      try {
        expect(await again.itemNumber('facebook:second')).toBe(2);
        expect(await again.itemWithNumber(1)).toBe('facebook:first');
        expect(await again.itemNumber('facebook:third')).toBe(3);
      } finally {
        await again.close();
      }
    },
  },
  {
    name: 'everything is still there after closing and opening again',
    async run(store, reopen) {
      await store.putItem(makeItem(9, { status: 'hidden' }));
      await store.appendAudit(audit('2026-03-02T14:00:00Z', 'facebook:9'));
      await store.setValue('teams-refs', 'c1', { id: 'c1' });
      expect(await store.claim('delivery:9', 60_000)).toBeDefined();
      await store.close();
      const again = await reopen();
      try {
        expect((await again.getItem('facebook:9'))?.status).toBe('hidden');
        expect(ids(await again.listItems(['hidden']))).toEqual(['facebook:9']);
        expect((await again.listAudit()).map((e) => e.itemId)).toEqual(['facebook:9']);
        expect(await again.listValues('teams-refs')).toEqual([{ key: 'c1', value: { id: 'c1' } }]);
        expect(await again.claim('delivery:9', 60_000)).toBeUndefined();
      } finally {
        await again.close();
      }
    },
  },
];
