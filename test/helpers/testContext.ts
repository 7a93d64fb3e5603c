import type { Context, Logger } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import type { PlatformActions } from '../../src/moderation/PlatformActions.js';
import type { Routing } from '../../src/moderation/routing.js';
import type { Store } from '../../src/store/Store.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import type { Policy } from '../../src/policy/schema.js';
import { recordingSurface, type RecordingSurface } from './recordingSurface.js';
import { tempStore, type TempStore } from './tempStore.js';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

export interface TestContext {
  ctx: Context;
  store: TempStore;
  /** The recording surfaces, by name (`slack` and `teams` unless told otherwise). */
  surfaces: Record<string, RecordingSurface>;
  logs: LogLine[];
  /** The injected clock: `ctx.now()` returns this instant until moved. */
  clock: { set(iso: string | Date): void; advance(ms: number): void; now(): Date };
  close(): Promise<void>;
}

let policiesOnce: Promise<Map<string, Policy>> | undefined;

export interface TestContextOptions {
  /** ISO 8601 start of the clock (default Tuesday 2026-03-03 10:00 in Montréal). */
  now?: string;
  surfaces?: string[];
  platform?: PlatformActions;
  moderators?: string[];
  dryRun?: boolean;
  defaultPolicyId?: string;
  routing?: Routing;
  /** Another replica's store to share (the caller closes it); without it, a temp SQLite store of its own. */
  store?: Store;
}

/**
 * A Context on a real temp SQLite store, with the repository's real policies, an injectable clock, recording
 * surfaces and a recording logger. `close()` removes the store.
 */
export async function testContext(opts: TestContextOptions = {}): Promise<TestContext> {
  policiesOnce ??= loadPolicies();
  const policies = await policiesOnce;
  const store = opts.store ? (opts.store as TempStore) : await tempStore();
  let now = new Date(opts.now ?? '2026-03-03T10:00:00-05:00');
  const logs: LogLine[] = [];
  const log = (level: LogLine['level']) => (msg: string, fields?: Record<string, unknown>) =>
    void logs.push({ level, msg, ...(fields ? { fields } : {}) });
  const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const surfaces = Object.fromEntries((opts.surfaces ?? ['slack', 'teams']).map((n) => [n, recordingSurface(n)]));
  const ctx: Context = {
    policies,
    defaultPolicyId: opts.defaultPolicyId ?? 'mess-quebec',
    store,
    surfaces: Object.values(surfaces),
    platformFor: (_item: Item) => opts.platform,
    now: () => new Date(now),
    log: logger,
    moderators: opts.moderators ?? [],
    dryRun: opts.dryRun ?? false,
    ...(opts.routing ? { routing: opts.routing } : {}),
  };
  return {
    ctx,
    store,
    surfaces,
    logs,
    clock: {
      set: (at) => void (now = new Date(at)),
      advance: (ms) => void (now = new Date(now.getTime() + ms)),
      now: () => new Date(now),
    },
    close: () => (opts.store ? Promise.resolve() : store.close()),
  };
}
