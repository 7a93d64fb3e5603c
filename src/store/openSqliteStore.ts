import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import { ITEM_STATUSES, type Item, type ItemStatus } from '../moderation/Item.js';
import type { Logger } from '../moderation/Context.js';
import type { AuditEntry, AuthorHistory, Store } from './Store.js';
import { StoreOpenError } from './StoreOpenError.js';
import { auditKey, utcIso } from './auditKey.js';
import { emptyHistory } from './emptyHistory.js';
import { keyedMutex } from './keyedMutex.js';
import { liveValue, plainJson } from './plainJson.js';

const SQLITE_HEADER = 'SQLite format 3\0';
// Namespaces are key prefixes in keyv's one table; ';' is the character after ':', so [`ns:`, `ns;`) is a namespace.
const TABLE = 'keyv';
const SWEEP_EVERY_MS = 3600_000;

/** A namespace of the one table, as the store uses it. */
interface Space {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  deleteMany(keys: string[]): Promise<void>;
}

interface Row {
  key: string;
  value: string;
}

/** Fails with a one-line reason when `path` cannot hold Vigie's SQLite file, before sqlite3 says it less clearly. */
function checkPath(path: string): void {
  const fix = 'set VIGIE_STORE to a writable file path (or a redis:// URL)';
  let stat;
  try {
    stat = statSync(path);
  } catch {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreOpenError(`cannot create the directory for the store ${path}: ${(error as Error).message}; ${fix}`);
    }
    return;
  }
  if (stat.isDirectory()) {
    throw new StoreOpenError(`the store ${path} is a directory, not a SQLite file; ${fix}, e.g. ${path}/vigie.sqlite`);
  }
  if (stat.size === 0) return;
  const header = Buffer.alloc(16);
  try {
    const fd = openSync(path, 'r+');
    try {
      readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new StoreOpenError(
      `cannot read and write the store ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); fix its permissions or ${fix}`,
    );
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new StoreOpenError(`the store ${path} is not a SQLite database; move it aside (Vigie will create a new one) or ${fix}`);
  }
}

/**
 * SQLite through keyv: one file, one connection, for a single replica. Each kind of state is a keyv namespace in
 * keyv's one table; lists (items per status, audit by time, values of a namespace) are key-range queries on that
 * table's primary key, because keyv's own iterator pages with OFFSET and would be quadratic at 100,000 items.
 */
export async function openSqliteStore(file: string, opts: { log?: Logger } = {}): Promise<Store> {
  const path = resolve(file);
  checkPath(path);
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: TABLE, busyTimeout: 5000 });
  let opening = true;
  adapter.on('error', (error: Error) => {
    if (!opening) opts.log?.error('SQLite store error', { path, error: error.message });
  });
  try {
    await adapter.query('PRAGMA journal_mode=WAL');
    // In WAL mode NORMAL still survives a killed process (what "lose nothing" is about here) and spares an fsync
    // per write: without it a putItem costs three fsyncs and the store manages about a hundred items a second.
    await adapter.query('PRAGMA synchronous=NORMAL');
    const check = (await adapter.query('PRAGMA quick_check')) as Record<string, string>[];
    const verdict = Object.values(check[0] ?? {})[0];
    if (verdict !== 'ok') throw new Error(`integrity check says: ${verdict}`);
  } catch (error) {
    await adapter.disconnect().catch(() => undefined);
    throw new StoreOpenError(
      `the store ${path} is unreadable or damaged (${(error as Error).message}); restore it from a backup or move it aside and restart`,
      { cause: error },
    );
  }
  opening = false;

  // keyv drops an expired value only when it is read again; claims on scheduler slots and values with a ttl are
  // written once and never read again, so the file would grow by a row a minute forever. Sweep them out.
  const sweepExpired = async () => {
    await adapter.query(
      // Only the namespaces that take a ttl (claims, values), so items and the audit log are not parsed.
      `DELETE FROM ${TABLE} WHERE ((key >= 'claims:' AND key < 'claims;') OR (key >= 'value.' AND key < 'value/'))
       AND json_valid(value) AND json_extract(value, '$.expires') IS NOT NULL AND json_extract(value, '$.expires') < ?`,
      Date.now(),
    );
  };
  await sweepExpired().catch((error: Error) => opts.log?.warn('SQLite store: sweeping expired keys failed', { path, error: error.message }));
  const sweeper = setInterval(() => {
    sweepExpired().catch((error: Error) => opts.log?.warn('SQLite store: sweeping expired keys failed', { path, error: error.message }));
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  // One Keyv over the one connection, its namespaces written as key prefixes here: a Keyv per namespace would add
  // an 'error' listener to the connection for each (a dozen fixed ones plus one per value namespace the code names),
  // which is what raised MaxListenersExceededWarning. The rows are laid out as keyv lays namespaces: `ns:key`.
  const keyv = new Keyv({ store: adapter, namespace: undefined, throwOnErrors: true, ...plainJson });
  keyv.on('error', () => undefined); // thrown to the caller already (throwOnErrors)
  const space = (namespace: string): Space => {
    const at = (key: string) => `${namespace}:${key}`;
    return {
      get: async <T>(key: string) => (await keyv.get<T>(at(key))) ?? undefined,
      set: async (key, value, ttlMs) => void (await keyv.set(at(key), value, ttlMs)),
      delete: async (key) => void (await keyv.delete(at(key))),
      deleteMany: async (keys) => void (await keyv.deleteMany(keys.map(at))),
    };
  };
  const items = space('items');
  const statusIndex = space('status');
  const claims = space('claims');
  const audit = space('audit');
  const authors = space('authors');
  const posts = space('posts');
  const numbers = space('numbers');
  const valueSpace = (namespace: string) => space(`value.${encodeURIComponent(namespace)}`);
  const serially = keyedMutex();

  const range = async (prefix: string, from = '', to?: string): Promise<Row[]> =>
    (await adapter.query(
      `SELECT key, value FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key`,
      prefix + from,
      to === undefined ? prefix.slice(0, -1) + ';' : prefix + to,
    )) as Row[];

  const itemsWithStatus = async (status: ItemStatus): Promise<Item[]> => {
    const prefix = `status:${status}:`;
    const rows = (await adapter.query(
      `SELECT i.value AS value FROM ${TABLE} s JOIN ${TABLE} i ON i.key = 'items:' || substr(s.key, ?)
       WHERE s.key >= ? AND s.key < ?`,
      prefix.length + 1,
      prefix,
      prefix.slice(0, -1) + ';',
    )) as Row[];
    const found: Item[] = [];
    for (const row of rows) {
      const item = liveValue<Item>(row.value);
      // An index entry left by a crash between writes points at an item whose status moved on: skip it.
      if (item && item.status === status) found.push(item);
    }
    return found;
  };

  const store: Store = {
    async getItem(id) {
      return (await items.get<Item>(id)) ?? undefined;
    },
    putItem(item) {
      // New index entry first, stale ones last: a crash in between leaves an extra entry (skipped when read),
      // never an item missing from its status.
      return serially(`item:${item.id}`, async () => {
        await statusIndex.set(`${item.status}:${item.id}`, 1);
        await items.set(item.id, item);
        const stale = ITEM_STATUSES.filter((s) => s !== item.status).map((s) => `${s}:${item.id}`);
        await statusIndex.deleteMany(stale);
      });
    },
    async listItems(statuses) {
      if (!statuses) {
        const rows = await range('items:');
        return rows.map((row) => liveValue<Item>(row.value)).filter((item): item is Item => item !== undefined);
      }
      const lists = await Promise.all([...new Set(statuses)].map(itemsWithStatus));
      return lists.flat();
    },
    async itemNumber(itemId) {
      const given = await numbers.get<number>(`item/${itemId}`);
      if (given !== undefined) return given;
      // One replica on this file: the mutex makes read-increment-write atomic. The number's owner is written before
      // the counter moves on, and the item's number last, so a crash in between leaves a number unused, never shared.
      return serially('numbers', async () => {
        const again = await numbers.get<number>(`item/${itemId}`);
        if (again !== undefined) return again;
        const n = ((await numbers.get<number>('last')) ?? 0) + 1;
        await numbers.set(`n/${n}`, itemId);
        await numbers.set('last', n);
        await numbers.set(`item/${itemId}`, n);
        return n;
      });
    },
    async itemWithNumber(n) {
      if (!Number.isSafeInteger(n) || n < 1) return undefined;
      return (await numbers.get<string>(`n/${n}`)) ?? undefined;
    },
    // A claim's value is its token, fresh for each claim: renewing and releasing compare it first (under the key's
    // mutex), so a caller whose claim expired cannot touch the claim that came next.
    claim(key, ttlMs) {
      return serially(`claim:${key}`, async () => {
        if ((await claims.get(key)) !== undefined) return undefined;
        const token = randomUUID();
        await claims.set(key, token, ttlMs);
        return { key, token };
      });
    },
    renew(held, ttlMs) {
      return serially(`claim:${held.key}`, async () => {
        if ((await claims.get(held.key)) !== held.token) return false;
        await claims.set(held.key, held.token, ttlMs);
        return true;
      });
    },
    async release(held) {
      await serially(`claim:${held.key}`, async () => {
        if ((await claims.get(held.key)) === held.token) await claims.delete(held.key);
      });
    },
    async appendAudit(entry: AuditEntry) {
      await audit.set(auditKey(entry), entry);
    },
    async listAudit(window = {}) {
      const from = window.from === undefined ? '' : utcIso(window.from, 'audit range start');
      const to = window.to === undefined ? undefined : utcIso(window.to, 'audit range end');
      const rows = await range('audit:', from, to);
      const entries: AuditEntry[] = [];
      for (const row of rows) {
        const entry = liveValue<AuditEntry>(row.value);
        if (entry) entries.push(entry);
      }
      return entries;
    },
    async getAuthorHistory(pageId, authorId) {
      return (await authors.get<AuthorHistory>(authorKey(pageId, authorId))) ?? emptyHistory();
    },
    async putAuthorHistory(pageId, authorId, history) {
      await authors.set(authorKey(pageId, authorId), history);
    },
    async countPosts(account, day) {
      const prefix = `posts:${encodeURIComponent(account)}/${day}/`;
      const rows = (await adapter.query(`SELECT COUNT(*) AS n FROM ${TABLE} WHERE key >= ? AND key < ?`, prefix, prefix.slice(0, -1) + '0')) as {
        n: number;
      }[];
      return rows[0]?.n ?? 0;
    },
    async recordPost(account, day, postId) {
      await posts.set(`${encodeURIComponent(account)}/${day}/${encodeURIComponent(postId)}`, 1);
    },
    async getValue<T>(namespace: string, key: string) {
      return (await valueSpace(namespace).get<T>(key)) ?? undefined;
    },
    async setValue<T>(namespace: string, key: string, value: T, ttlMs?: number) {
      await valueSpace(namespace).set(key, value, ttlMs);
    },
    async listValues<T>(namespace: string) {
      const prefix = `value.${encodeURIComponent(namespace)}:`;
      const rows = await range(prefix);
      const values: { key: string; value: T }[] = [];
      const now = Date.now();
      for (const row of rows) {
        const value = liveValue<T>(row.value, now);
        if (value !== undefined) values.push({ key: row.key.slice(prefix.length), value });
      }
      return values;
    },
    async deleteValue(namespace: string, key: string) {
      await valueSpace(namespace).delete(key);
    },
    async close() {
      clearInterval(sweeper);
      await adapter.disconnect();
    },
  };
  return store;
}

function authorKey(pageId: string, authorId: string): string {
  return `${encodeURIComponent(pageId)}/${encodeURIComponent(authorId)}`;
}
