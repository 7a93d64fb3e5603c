import type { Item } from './Item.js';
import type { PlatformActions } from './PlatformActions.js';

/**
 * One place comments come from, behind one small interface, the way chat surfaces are (ChatSurface): Facebook,
 * Instagram, YouTube, the generic webhook, the console. A source has two halves:
 *
 * - **receive**: its intake (a signed webhook, a poller, the console's keyboard) translates the platform's events
 *   into `IncomingCommentInput` (the normalized comment, IncomingComment.ts) and hands them to `ingestComments`,
 *   which stores them before the intake acknowledges and then checks, alerts and opens deadlines. The intake is an
 *   adapter's business (adapters/SourceAdapter.ts: HTTP routes or scheduled jobs); the core sees only the comments.
 * - **act**: what a person's decision may do on the platform. Each action is optional: a source that cannot
 *   hide, or ban, simply has no such method, and `decide` answers the person "not supported on <platform>"
 *   (`platform.unsupported`) instead of failing. A source with no `actions` at all records and alerts only
 *   (`platform.not_configured`: "do it there, then Dismiss").
 *
 * Adding a source touches adapters/<source>/ and the composition root (adapters/main.ts) only.
 */
export interface CommentSource {
  /** Its name as items carry it (`item.source`): `facebook`, `instagram`, `youtube`, `console`... */
  readonly name: string;
  /**
   * Whether this source speaks for the item, i.e. may act on it. Usually `item.source === name`; the generic webhook
   * owns a namespace (`webhook-…`). Never two sources for one item: the composition root takes the first.
   */
  owns(item: Item): boolean;
  /** What it can do on the platform; absent: record and alert only. */
  readonly actions?: PlatformActions;
}

/**
 * `Context.platformFor` from a list of sources: the actions of the first source that owns the item, else none
 * (and `decide` says the platform is not configured).
 */
export function platformForSources(sources: readonly CommentSource[]): (item: Item) => PlatformActions | undefined {
  return (item) => sources.find((s) => s.owns(item))?.actions;
}
