import type { Store } from '../../src/store/Store.js';

/** Store namespace: per Page and person, the ids of their latest messages (newest last). */
const NAMESPACE = 'messenger-conversations';
/** Enough for a person writing several messages in a row; older ones are answered or reminded long since. */
const KEPT = 20;
/** Meta's window is 24 hours; a week covers an answer from the inbox after it (which still stops the clock). */
const TTL_MS = 7 * 24 * 3_600_000;

/**
 * A Page's conversations as Vigie needs them: which messages of a person an answer from the Page stops the clock of,
 * and when that person last wrote (Meta's 24-hour window). Read-modify-write without a lock: two messages of the
 * same person taken at the same instant by two replicas may keep one id only, and then an answer from the inbox
 * leaves the other's deadline running (it is reminded, never lost).
 */
export function conversations(store: Store) {
  const key = (pageId: string, psid: string) => `${pageId}:${psid}`;
  return {
    async add(pageId: string, psid: string, mid: string): Promise<void> {
      const mids = (await store.getValue<string[]>(NAMESPACE, key(pageId, psid))) ?? [];
      if (mids.includes(mid)) return;
      await store.setValue(NAMESPACE, key(pageId, psid), [...mids, mid].slice(-KEPT), TTL_MS);
    },
    async mids(pageId: string, psid: string): Promise<string[]> {
      return (await store.getValue<string[]>(NAMESPACE, key(pageId, psid))) ?? [];
    },
  };
}
