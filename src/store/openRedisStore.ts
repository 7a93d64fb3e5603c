import { randomUUID } from 'node:crypto';
import Keyv from 'keyv';
import KeyvRedis, { createClient } from '@keyv/redis';
import { ITEM_STATUSES, type Item } from '../moderation/Item.js';
import type { Logger } from '../moderation/Context.js';
import type { AuditEntry, AuthorHistory, Store } from './Store.js';
import { StoreOpenError } from './StoreOpenError.js';
import { StoreUnavailableError } from './StoreUnavailableError.js';
import { auditKey, utcIso } from './auditKey.js';
import { emptyHistory } from './emptyHistory.js';
import { liveValue, plainJson } from './plainJson.js';
import { redactUrl } from './redactUrl.js';

export interface RedisStoreOptions {
  log?: Logger;
  /** Prefix of every key, so several deployments (or test files) can share one Redis. Default `vigie`. */
  keyPrefix?: string;
  /** How long start-up waits for Redis before giving up with a clear error. Default 5 s. */
  connectTimeoutMs?: number;
}

// Posts-per-day counters are only asked about for today: keep a week, then let Redis drop them.
const POSTS_TTL_SECONDS = 8 * 24 * 3600;
const CHUNK = 1000;
const RENEW_IF_OURS = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
// An item's number in one step on the server, so two replicas asking at once for the same item get one number and
// two items never get the same one: the item's number if it has one, else the next, recorded both ways.
const NUMBER_ITEM =
  "local n = redis.call('HGET', KEYS[1], ARGV[1]) if n then return tonumber(n) end " +
  "n = redis.call('INCR', KEYS[2]) redis.call('HSET', KEYS[3], n, ARGV[1]) redis.call('HSET', KEYS[1], ARGV[1], n) return n";
const RELEASE_IF_OURS = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
const DROP_IF_GONE = "if redis.call('EXISTS', KEYS[1]) == 0 then return redis.call('SREM', KEYS[2], ARGV[1]) end return 0";

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/**
 * Redis through keyv, for several replicas sharing state. Plain values (items, audit entries, author records,
 * settings) are keyv namespaces over one shared client; what must be atomic across replicas uses that client
 * directly: claims are `SET NX PX`, and an item is written together with its status index in one MULTI (the item,
 * SREM from every other status set, SADD to its own), so whichever replica writes last leaves the index matching
 * the item — no read-modify-write, no window where a concurrent writer can leave the item out of its status.
 *
 * The client reconnects with capped backoff; while Redis is away, calls reject at once (no offline queue) with a
 * StoreUnavailableError, so the webhook answers 503 and Meta redelivers instead of the process piling up work.
 */
export async function openRedisStore(url: string, opts: RedisStoreOptions = {}): Promise<Store> {
  const shown = redactUrl(url);
  const prefix = opts.keyPrefix ?? 'vigie';
  const log = opts.log;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 100),
    },
  });

  let opened = false;
  let failures = 0;
  let lastError = '';
  client.on('error', (error: Error) => {
    failures += 1;
    lastError = error.message || String(error);
    // One line when the outage starts, then a reminder now and then: clear logs, not a flood.
    if (opened && (failures === 1 || failures % 30 === 0)) {
      log?.warn('Redis store unreachable: store calls fail (the webhook answers 503) until it is back; reconnecting', {
        url: shown,
        error: lastError,
        attempts: failures,
      });
    }
  });
  client.on('ready', () => {
    if (opened && failures > 0) log?.info('Redis store reachable again', { url: shown, attempts: failures });
    failures = 0;
  });

  const timeoutMs = opts.connectTimeoutMs ?? 5000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(lastError || 'no answer')), timeoutMs);
      }),
    ]);
  } catch (error) {
    client.destroy();
    throw new StoreOpenError(
      `cannot reach the Redis store ${shown} within ${timeoutMs} ms (${(error as Error).message}); start Redis or fix VIGIE_STORE`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
  opened = true;
  await warnWithoutPersistence(client, shown, log);

  const key = (name: string, id: string) => `${prefix}:${name}::${id}`;
  // One Keyv over one adapter, its namespaces written as key prefixes here (the layout keyv's namespaces had):
  // each KeyvRedis adds four listeners to the shared client, so one per namespace ran into the listener bound.
  const adapter = new KeyvRedis(client as never, { throwOnErrors: true, throwOnConnectError: true });
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true, ...plainJson });
  keyv.on('error', () => undefined); // thrown to the caller already (throwOnErrors); logged by the client
  const space = (name: string) => ({
    get: async <T>(id: string) => (await keyv.get<T>(key(name, id))) ?? undefined,
    set: async (id: string, value: unknown, ttlMs?: number) => void (await keyv.set(key(name, id), value, ttlMs)),
    getMany: <T>(ids: string[]) => keyv.getMany<T>(ids.map((id) => key(name, id))),
  });
  const serialized = async (value: unknown) => (await keyv.serializeData({ value })) as string;
  const authors = space('authors');
  const statusSet = (status: string) => `${prefix}:status:${status}`;
  const auditIndex = `${prefix}:audit-index`;
  const claimKey = (k: string) => `${prefix}:claim:${k}`;
  const numberKeys = [`${prefix}:numbers:by-item`, `${prefix}:numbers:last`, `${prefix}:numbers:by-number`];
  const postsSet = (account: string, day: string) => `${prefix}:posts:${encodeURIComponent(account)}:${day}`;
  const valueSpace = (namespace: string) => space(`value:${encodeURIComponent(namespace)}`);
  const valueKeys = (namespace: string) => `${prefix}:value-keys:${encodeURIComponent(namespace)}`;

  // Lists read keyv's rows straight from MGET, chunks in flight together: through keyv.getMany each row is
  // deserialized behind its own promise, and 10,000 open items took over a second.
  const getMany = async <T>(name: string, ids: string[]): Promise<T[]> => {
    const parts = await Promise.all(chunks(ids).map((part) => client.mGet(part.map((id) => key(name, id)))));
    const now = Date.now();
    const found: T[] = [];
    for (const raws of parts) {
      for (const raw of raws) {
        const value = typeof raw === 'string' ? liveValue<T>(raw, now) : undefined;
        if (value !== undefined && value !== null) found.push(value);
      }
    }
    return found;
  };

  const store: Store = {
    async getItem(id) {
      return (await space('items').get<Item>(id)) ?? undefined;
    },
    async putItem(item) {
      const multi = client.multi().set(key('items', item.id), await serialized(item));
      for (const status of ITEM_STATUSES) {
        if (status !== item.status) multi.sRem(statusSet(status), item.id);
      }
      await multi.sAdd(statusSet(item.status), item.id).exec();
    },
    async listItems(statuses) {
      const wanted = [...new Set(statuses ?? ITEM_STATUSES)];
      if (wanted.length === 0) return [];
      const ids = await client.sUnion(wanted.map(statusSet));
      const found = await getMany<Item>('items', ids);
      // An item rewritten between the two reads may have moved to a status not asked for.
      return found.filter((item) => wanted.includes(item.status));
    },
    async itemNumber(itemId) {
      return Number(await client.eval(NUMBER_ITEM, { keys: numberKeys, arguments: [itemId] }));
    },
    async itemWithNumber(n) {
      if (!Number.isSafeInteger(n) || n < 1) return undefined;
      return (await client.hGet(numberKeys[2]!, String(n))) ?? undefined;
    },
    // A claim's value is its token, fresh for each claim: renewing and releasing compare it and act in one script,
    // so a replica whose claim expired (a stalled process, a long GC pause) cannot touch the claim that came next.
    async claim(k, ttlMs) {
      const token = randomUUID();
      const reply = await client.set(claimKey(k), token, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) } });
      return reply === 'OK' ? { key: k, token } : undefined;
    },
    async renew(held, ttlMs) {
      const reply = await client.eval(RENEW_IF_OURS, { keys: [claimKey(held.key)], arguments: [held.token, String(Math.max(1, Math.round(ttlMs)))] });
      return reply === 1;
    },
    async release(held) {
      await client.eval(RELEASE_IF_OURS, { keys: [claimKey(held.key)], arguments: [held.token] });
    },
    async appendAudit(entry: AuditEntry) {
      const id = auditKey(entry);
      await client
        .multi()
        .set(key('audit', id), await serialized(entry))
        .zAdd(auditIndex, { score: Date.parse(entry.at), value: id })
        .exec();
    },
    async listAudit(window = {}) {
      const from = window.from === undefined ? '-inf' : Date.parse(utcIso(window.from, 'audit range start'));
      const to = window.to === undefined ? '+inf' : `(${Date.parse(utcIso(window.to, 'audit range end'))}`;
      const ids = await client.zRangeByScore(auditIndex, from, to);
      return getMany<AuditEntry>('audit', ids);
    },
    async getAuthorHistory(pageId, authorId) {
      return (await authors.get<AuthorHistory>(authorKey(pageId, authorId))) ?? emptyHistory();
    },
    async putAuthorHistory(pageId, authorId, history) {
      await authors.set(authorKey(pageId, authorId), history);
    },
    async countPosts(account, day) {
      return client.sCard(postsSet(account, day));
    },
    async recordPost(account, day, postId) {
      await client.multi().sAdd(postsSet(account, day), postId).expire(postsSet(account, day), POSTS_TTL_SECONDS).exec();
    },
    async getValue<T>(namespace: string, k: string) {
      return (await valueSpace(namespace).get<T>(k)) ?? undefined;
    },
    async setValue<T>(namespace: string, k: string, value: T, ttlMs?: number) {
      // A set of the namespace's keys, so listing does not SCAN the whole database. Value first, then its key:
      // a lister that finds the key gone can drop it from the set (see listValues).
      await valueSpace(namespace).set(k, value, ttlMs);
      await client.sAdd(valueKeys(namespace), k);
    },
    async listValues<T>(namespace: string) {
      const keys = await client.sMembers(valueKeys(namespace));
      const values = valueSpace(namespace);
      const out: { key: string; value: T }[] = [];
      const gone: string[] = [];
      for (const part of chunks(keys)) {
        const found = await values.getMany<T>(part);
        part.forEach((k, i) => {
          const value = found[i];
          if (value !== undefined && value !== null) out.push({ key: k, value });
          else gone.push(k);
        });
      }
      // Expired values leave their key in the set: drop it, unless a setValue wrote the value again meanwhile
      // (checked and removed in one script, so a concurrent setValue is never undone).
      for (const k of gone) {
        await client.eval(DROP_IF_GONE, { keys: [key(`value:${encodeURIComponent(namespace)}`, k), valueKeys(namespace)], arguments: [k] });
      }
      return out;
    },
    async deleteValue(namespace: string, k: string) {
      // Value and its key in the namespace's set together, so a lister never finds one without the other.
      await client
        .multi()
        .del(key(`value:${encodeURIComponent(namespace)}`, k))
        .sRem(valueKeys(namespace), k)
        .exec();
    },
    async close() {
      opened = false;
      if (client.isReady) await client.close();
      else client.destroy();
    },
  };
  return guarded(store, shown);
}

/**
 * Items, decisions and reminder marks live only in Redis: one that keeps nothing on disk forgets them all when it
 * restarts. Say so at start-up (managed services may refuse CONFIG: then say nothing).
 */
async function warnWithoutPersistence(client: { configGet(p: string): Promise<Record<string, string>> }, shown: string, log?: Logger) {
  try {
    const config = { ...(await client.configGet('appendonly')), ...(await client.configGet('save')) };
    if (config.appendonly === 'no' && !config.save) {
      log?.warn("Redis keeps nothing on disk (appendonly no, no save points): a Redis restart loses all of Vigie's state; turn on appendonly", {
        url: shown,
      });
    }
  } catch {
    // CONFIG is often disabled on managed Redis; persistence is then the provider's business.
  }
}

function authorKey(pageId: string, authorId: string): string {
  return `${encodeURIComponent(pageId)}/${encodeURIComponent(authorId)}`;
}

/** Every failure of Redis itself becomes a StoreUnavailableError that says which store and what happened. */
function guarded(store: Store, shown: string): Store {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(store) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        if (error instanceof RangeError || error instanceof TypeError || name === 'close') throw error;
        throw new StoreUnavailableError(
          `the Redis store ${shown} cannot answer ${name} (${(error as Error).message || String(error)}); it will be retried once Redis is back`,
          { cause: error },
        );
      }
    };
  }
  return wrapped as unknown as Store;
}
