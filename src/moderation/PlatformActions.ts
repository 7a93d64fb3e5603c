import type { Item } from './Item.js';
import { catalogue } from '../messages/catalogue.js';
import { message, type Message } from '../messages/Message.js';

/** Stable codes of PlatformError; each has a sentence in the catalogue (`platform.<code>`). */
export type PlatformErrorCode =
  | 'token_expired'
  | 'permission'
  | 'rate_limited'
  | 'not_found'
  | 'network'
  | 'no_reply_id'
  | 'not_configured'
  | 'unsupported'
  | 'window_closed'
  | 'unknown';

/** Codes whose sentence needs more than the platform's detail: the thrower passes `told`. */
const TOLD: readonly string[] = ['platform.not_configured', 'platform.unsupported', 'platform.window_closed'];

/**
 * Thrown by a platform (Graph API). `message` is for the log (English); a person is told `said`, rendered in their
 * language from the catalogue, with what the platform itself answered (`detail`) in parentheses.
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: PlatformErrorCode | (string & {}),
    readonly status?: number,
    /** The platform's own words (Graph's message), kept as it sent them. */
    readonly detail?: string,
    /** What to tell the person when the code alone does not say it (which platform is not configured). */
    private readonly told?: Message,
  ) {
    super(message);
    this.name = 'PlatformError';
  }

  /** What to tell the person: the catalogue's sentence for the code (a code it does not know reads as a refusal). */
  get said(): Message {
    if (this.told) return this.told;
    const code = `platform.${this.code}`;
    const known =
      code in catalogue && !TOLD.includes(code)
        ? (code as `platform.${Exclude<PlatformErrorCode, 'not_configured' | 'unsupported' | 'window_closed'>}`)
        : 'platform.unknown';
    return message(known, this.detail ? { detail: this.detail } : {});
  }
}

/**
 * The actions a comment source can carry out on the page itself (CommentSource.ts). Each is optional: a platform
 * that cannot do one leaves it out, and the person is told "not supported on <platform>" (`platform.unsupported`).
 * A failure throws PlatformError with a stable code.
 */
export interface PlatformActions {
  /** Take the comment out of public view, reversibly (Facebook/Instagram hide, YouTube "held for review"). */
  hide?(item: Item): Promise<void>;
  unhide?(item: Item): Promise<void>;
  delete?(item: Item): Promise<void>;
  /** Answer the comment (or the private message) on the platform. Returns the id of the reply. */
  reply?(item: Item, text: string): Promise<string>;
  /** Block the comment's author from the page or channel, and take this comment out of public view. */
  ban?(item: Item): Promise<void>;
}

/** The methods of PlatformActions. */
export type PlatformAction = keyof PlatformActions;

/** The decisions that reach the platform, and the PlatformActions method each calls (`block` bans the author). */
export const PLATFORM_DECISIONS = { hide: 'hide', unhide: 'unhide', delete: 'delete', reply: 'reply', block: 'ban' } as const satisfies Record<
  string,
  PlatformAction
>;
