import type { Decision, Item } from '../moderation/Item.js';

/** One line of the audit log: who decided what, when, under which clause, with the original text. */
export interface AuditEntry {
  /** ISO 8601. */
  at: string;
  itemId: string;
  policyId: string;
  decision: Decision | 'received' | 'checked' | 'notified' | 'reply-failed' | string;
  actor: string; // `${surface}:${userId}` or 'vigie'
  actorName?: string;
  /** Rule ids and clauses the decision was made under. */
  rules: string[];
  clauses: string[];
  text: string;
  result: 'ok' | 'error' | 'dry-run' | 'duplicate';
  detail?: string;
}

/** An author's record on one page, for repetition and the "récidive" threshold. */
export interface AuthorHistory {
  /** Normalized text fingerprints of recent comments, newest last, with their time. */
  recent: { fingerprint: string; at: string; itemId: string }[];
  /** Item ids whose verdict was `hide` or that staff hid or deleted. */
  violations: { itemId: string; at: string; categories: string[] }[];
}

/**
 * A claim one caller holds: the key, and a token no other caller (another replica, or another request in this
 * one) has, so that a caller whose claim ran out can neither renew nor release the claim someone took after it.
 */
export interface Claim {
  readonly key: string;
  readonly token: string;
}

/**
 * All of Vigie's state, behind small typed functions (keyv namespaces underneath):
 * SQLite by default, Redis for several replicas. Every method is safe to call from several replicas.
 */
export interface Store {
  getItem(id: string): Promise<Item | undefined>;
  putItem(item: Item): Promise<void>;
  /** Every item whose status is one of `statuses` (all items when omitted). */
  listItems(statuses?: Item['status'][]): Promise<Item[]>;

  /**
   * The short number people read on an alert and type (`/masquer 5`): given the first time it is asked for (1, 2,
   * 3, ...), then the same on every surface, every replica and after every restart, and never given to another item.
   */
  itemNumber(itemId: string): Promise<number>;
  /** The id of the item a number was given to. */
  itemWithNumber(n: number): Promise<string | undefined>;

  /**
   * First-claim semantics (Redis SET NX PX): a Claim for the first caller with this key within `ttlMs`, undefined
   * for every other caller. Used for de-duplication of deliveries and clicks, and as a lock.
   */
  claim(key: string, ttlMs: number): Promise<Claim | undefined>;
  /**
   * Release a claim early (work failed and may be retried, or the lock's work is done). Only the claim this caller
   * took is removed: once it has expired and someone else claimed the key, releasing leaves their claim alone.
   */
  release(claim: Claim): Promise<void>;
  /**
   * Extend, to `ttlMs` from now, a claim that this caller made and still holds: a lease on work in progress,
   * renewed while the work runs, so that a replica killed mid-work frees it within one short ttl (see withLease).
   * False when the claim expired or belongs to someone else now.
   */
  renew(claim: Claim, ttlMs: number): Promise<boolean>;

  appendAudit(entry: AuditEntry): Promise<void>;
  /** Audit entries in time order, optionally within [from, to). */
  listAudit(range?: { from?: string; to?: string }): Promise<AuditEntry[]>;

  getAuthorHistory(pageId: string, authorId: string): Promise<AuthorHistory>;
  putAuthorHistory(pageId: string, authorId: string, history: AuthorHistory): Promise<void>;

  /** Posts published on an account on a local day (YYYY-MM-DD), for the posts-per-day limit. */
  countPosts(account: string, day: string): Promise<number>;
  recordPost(account: string, day: string, postId: string): Promise<void>;

  /** Generic small values (Teams conversation references, settings) in a named namespace. */
  getValue<T>(namespace: string, key: string): Promise<T | undefined>;
  setValue<T>(namespace: string, key: string, value: T, ttlMs?: number): Promise<void>;
  listValues<T>(namespace: string): Promise<{ key: string; value: T }[]>;
  /** Removes one value (nothing happens when it is not there): a moderator's exception withdrawn, for one. */
  deleteValue(namespace: string, key: string): Promise<void>;

  close(): Promise<void>;
}
