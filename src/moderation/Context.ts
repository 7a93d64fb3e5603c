import type { Policy } from '../policy/schema.js';
import type { Store } from '../store/Store.js';
import type { ChatSurface } from './ChatSurface.js';
import type { Item } from './Item.js';
import type { Metrics } from './Metrics.js';
import type { PlatformActions } from './PlatformActions.js';
import type { Routing } from './routing.js';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Everything the core needs, handed in by the composition root (adapters/main.ts) or by a test.
 * Time is a parameter: nothing in the core reads the clock except through `now`.
 */
export interface Context {
  policies: Map<string, Policy>;
  /** The policy used when a page or command names none ($VIGIE_POLICY, else mess-quebec). */
  defaultPolicyId: string;
  store: Store;
  /** Chat surfaces that receive alerts, reminders and digests. May grow after start-up. */
  surfaces: ChatSurface[];
  /** The platform that can act on an item's page (Graph API for `facebook` items). */
  platformFor(item: Item): PlatformActions | undefined;
  now(): Date;
  log: Logger;
  /** Who may decide ($VIGIE_MODERATORS), scoped per surface: `slack:U…`, `teams:<aadObjectId>`, `console`; empty means anyone in the channel. */
  moderators: string[];
  /** Log what would be done on the platform instead of doing it. */
  dryRun: boolean;
  /** Page → policy and channels ($VIGIE_ROUTING); without it every page uses `defaultPolicyId` and default channels. */
  routing?: Routing;
  /** Counters for the operator's dashboard (`GET /metrics`); absent when metrics are off. */
  metrics?: Metrics;
}
