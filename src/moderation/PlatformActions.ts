import type { Item } from './Item.js';

/** Thrown by a platform (Graph API) with a reason a person can act on. */
export class PlatformError extends Error {
  constructor(
    message: string,
    /** Stable code: 'token_expired' | 'permission' | 'rate_limited' | 'not_found' | 'network' | 'unknown'. */
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** The actions a comment source can carry out on the page itself. */
export interface PlatformActions {
  hide(item: Item): Promise<void>;
  unhide(item: Item): Promise<void>;
  delete(item: Item): Promise<void>;
  /** Returns the id of the reply. */
  reply(item: Item, text: string): Promise<string>;
}
