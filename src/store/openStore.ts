import type { Logger } from '../moderation/Context.js';
import type { Store } from './Store.js';

export { StoreOpenError } from './StoreOpenError.js';
export { StoreUnavailableError } from './StoreUnavailableError.js';

export const DEFAULT_STORE = './data/vigie.sqlite';

export interface OpenStoreOptions {
  log?: Logger;
  /** Redis only: prefix of every key (default `vigie`), so several deployments or tests can share one server. */
  keyPrefix?: string;
  /** Redis only: how long start-up waits for the server. */
  connectTimeoutMs?: number;
}

/**
 * Opens the store named by VIGIE_STORE: nothing or a path → a SQLite file (its directory is created),
 * `sqlite://path` too, `redis://` or `rediss://` → Redis. Throws StoreOpenError with a one-line reason when the
 * store cannot be used.
 */
export async function openStore(url?: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const target = url?.trim() || DEFAULT_STORE;
  // Only the store in use is loaded: a SQLite deployment never loads the Redis client (nor Redis's SQLite).
  if (/^rediss?:\/\//i.test(target)) return (await import('./openRedisStore.js')).openRedisStore(target, opts);
  const path = target.replace(/^sqlite:\/\//i, '');
  return (await import('./openSqliteStore.js')).openSqliteStore(path, opts);
}
