import type { Category, CheckResult, Verdict } from '../policy/types.js';

/**
 * A public comment (or private message) received from a source, and its life in Vigie:
 * received → open → answered / approved / hidden / deleted / dismissed.
 * `received` means stored but not yet checked and notified: start-up picks those up again.
 */
export const ITEM_STATUSES = ['received', 'open', 'answered', 'approved', 'hidden', 'deleted', 'dismissed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** SLA kinds: a public comment or a private message (INTERFACE.md `vigie sla --kind`). */
export type ItemKind = 'comment' | 'message';

export interface Author {
  id: string;
  name?: string;
}

/** Where a chat surface posted the alert for an item, so it can be updated in place and threaded under. */
export interface AlertRef {
  surface: string; // 'slack' | 'teams' | 'shell'
  /** Surface-specific address: Slack channel + ts, Teams conversation + activity id, ... */
  channel: string;
  messageId: string;
  /** The item's `updatedAt` when this alert was posted: an edited comment gets a fresh alert. */
  version?: string;
}

/** `block` bans the author where the source can (PlatformActions.ban, what `suggestBlock` suggests), and takes the
 *  comment out of view. */
export const DECISIONS = ['approve', 'hide', 'unhide', 'reply', 'delete', 'dismiss', 'block'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Item {
  /** `${source}:${externalId}`, unique across sources. */
  id: string;
  /** 'facebook' | 'webhook' | 'console' | ... */
  source: string;
  /** The platform's own id (Facebook comment id). */
  externalId: string;
  /** Page or account the comment was posted on. */
  pageId: string;
  pageName?: string;
  policyId: string;
  kind: ItemKind;
  author: Author;
  text: string;
  permalink?: string;
  /** The post the comment answers, when known. */
  postId?: string;
  parentId?: string;
  /** ISO 8601: when the platform says the comment was created. */
  receivedAt: string;
  status: ItemStatus;
  /** Questions, complaints and emergencies call for an answer and enter the deadline lifecycle. */
  needsReply: boolean;
  check?: CheckResult;
  verdict?: Verdict;
  /** ISO 8601 reply deadline, when `needsReply`. */
  deadline?: string;
  answeredAt?: string;
  answeredBy?: string;
  decision?: Decision;
  decidedAt?: string;
  decidedBy?: string;
  /** The category the person who hid or deleted it named (`/masquer 5 insulte`): what Vigie missed, when it said ok. */
  staffCategory?: Category;
  alerts?: AlertRef[];
  /** Where alerts go, per surface name (from the page routing): e.g. { slack: ['C0123'], teams: ['19:abc'] }.
   *  A surface with no entry uses its own default channel. */
  channels?: Record<string, string[]>;
  /** The author's violations on this page so far, this one included (repeat behaviour). */
  authorViolations?: number;
  /** Set when an author with the policy's repeat-offender threshold of earlier violations breaks the rules again:
   *  suggest blocking them. `violations` counts this one. */
  suggestBlock?: { violations: number; threshold: number };
  /** The short number alerts show and people type (`/masquer 5`), from Store.itemNumber when the item is first
   *  flagged; kept with the item so every surface shows it without asking. Absent on items never alerted. */
  number?: number;
  /** A private message alerted where no moderators' channel for messages is configured: surfaces never see its
   *  text (alertView). */
  textWithheld?: boolean;
  /** ISO 8601 of the last change, for ordering redeliveries and edits. */
  updatedAt: string;
}
