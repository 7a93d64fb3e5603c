import type { Claim, Store } from './Store.js';

export type LeaseOutcome<T> = { ran: true; result: T } | { ran: false };

/** Leases this process holds right now, per store: the claim, and the way to stop renewing it. */
const held = new WeakMap<Store, Map<string, { claim: Claim; stop: () => void }>>();

/**
 * At shutdown, after the work in flight had its chance to finish: gives back every lease still held on `store`
 * (and stops renewing them), so another replica can take that work at once instead of after the lease's ttl.
 * Returns how many were released.
 */
export async function releaseHeldLeases(store: Store): Promise<number> {
  const leases = held.get(store);
  if (!leases || leases.size === 0) return 0;
  const claims = [...leases.values()].map(({ claim, stop }) => {
    stop();
    return claim;
  });
  leases.clear();
  const results = await Promise.allSettled(claims.map((claim) => store.release(claim)));
  return results.filter((r) => r.status === 'fulfilled').length;
}

/**
 * Runs `work` under a claim on `key` that lasts `ttlMs` and is renewed every third of it while the work runs,
 * then released. A replica killed mid-work stops renewing, so the work is free for another attempt within one
 * short ttl instead of a long one sized for the slowest run. Returns `{ ran: false }` when someone else holds it.
 * `onLost` hears when a renewal fails (the store is away, or the claim expired under a stalled process).
 */
export async function withLease<T>(
  store: Store,
  key: string,
  ttlMs: number,
  work: () => Promise<T>,
  onLost?: (reason: string) => void,
): Promise<LeaseOutcome<T>> {
  const lease = await store.claim(key, ttlMs);
  if (!lease) return { ran: false };
  let lost = false;
  const renewing = setInterval(
    () => {
      store.renew(lease, ttlMs).then(
        (still) => {
          if (!still && !lost) {
            lost = true;
            onLost?.('the claim expired or was taken over');
          }
        },
        (error: unknown) => onLost?.(`renewing failed: ${(error as Error).message}`),
      );
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  renewing.unref();
  let leases = held.get(store);
  if (!leases) held.set(store, (leases = new Map()));
  let releasedEarly = false;
  leases.set(key, {
    claim: lease,
    stop: () => {
      releasedEarly = true;
      clearInterval(renewing);
    },
  });
  try {
    return { ran: true, result: await work() };
  } finally {
    clearInterval(renewing);
    leases.delete(key);
    // When the store is away the claim runs out on its own within ttlMs: say so, but keep the work's outcome.
    if (!lost && !releasedEarly) await store.release(lease).catch((error: unknown) => onLost?.(`releasing failed: ${(error as Error).message}`));
  }
}
