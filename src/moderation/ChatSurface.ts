import type { AlertRef, Decision, Item } from './Item.js';
import type { Message } from '../messages/Message.js';
import type { Digest, Reminder } from '../sla/types.js';

/** Who pressed a button, as the surface knows them. */
export interface Actor {
  surface: string;
  id: string;
  name?: string;
}

/** What came of a decision, for updating the alert in place ("Masqué par @julie à 14 h 02"). */
export interface DecisionOutcome {
  item: Item;
  decision: Decision;
  by: Actor;
  /** ISO 8601. */
  at: string;
  /** false when refused; `error` says why, in words the person can act on, rendered by each surface in its reader's language. */
  ok: boolean;
  error?: Message;
  /** The decision had already been made (double click, retry): nothing was done again. */
  duplicate?: boolean;
  /** Dry run: logged, not carried out on the platform. */
  dryRun?: boolean;
  replyText?: string;
}

/**
 * The one interface every chat surface (Slack, Teams, the local shell) implements.
 * Adapters translate and render; the core decides what to send and when.
 */
export interface ChatSurface {
  readonly name: string;
  /** Post an alert for a flagged item; returns where it went so it can be updated later. */
  notify(item: Item): Promise<AlertRef | undefined>;
  /** Replace the alert after a decision (no more buttons). */
  update(ref: AlertRef, outcome: DecisionOutcome): Promise<void>;
  /** Post a reminder, threaded under the item's alert when there is one. */
  remind(reminder: Reminder, ref?: AlertRef): Promise<void>;
  /** Post the morning digest. */
  digest(digest: Digest): Promise<void>;
}
