import type { Item } from '../moderation/Item.js';
import type { Bilingual } from '../policy/types.js';
import type { SourcePause } from '../moderation/sourcePauses.js';
import type { RuleFigures } from '../moderation/learning/ruleFigures.js';

/** Why a reminder fires (issue #3): close to the deadline, office about to close, or already breached. */
export type ReminderKind = 'due-soon' | 'before-closing' | 'breached';

export interface Reminder {
  kind: ReminderKind;
  item: Item;
  /** ISO 8601 with the policy's offset. */
  deadline: string;
  /** Business minutes left (negative once breached). */
  businessMinutesLeft: number;
  /** Stable key so that a reminder is sent once per item and threshold: `${item.id}:${kind}:${threshold}`. */
  mark: string;
  /** The policy the deadline was computed under. */
  policyId?: string;
  /** due-soon: the threshold crossed (business minutes); before-closing: the closing instant (ISO 8601). */
  threshold?: number;
  closesAt?: string;
  /** Ready-to-post text in both languages (which item, received when, due when, link), set by runReminders
   *  (formatReminder); surfaces may render their own. */
  message?: Bilingual;
}

/** Figures for one account (page) or one category in the digest. */
export interface DigestStats {
  open: number;
  dueToday: number;
  breached: number;
  answeredInTime: number;
  answeredLate: number;
  /** Reply times of items answered the previous business day, in business hours. */
  medianReplyHours?: number;
  p90ReplyHours?: number;
}

export interface Digest {
  policyId: string;
  /** ISO 8601 instant the digest was built for. */
  at: string;
  /** The business day it covers for "answered" figures (YYYY-MM-DD). */
  previousBusinessDay: string;
  totals: DigestStats;
  byAccount: Record<string, DigestStats>;
  byCategory: Record<string, DigestStats>;
  dueToday: Item[];
  breached: Item[];
  /**
   * Set when this digest stands in for reminders that came due together (after Vigie was down, or on a first
   * start with a backlog): `held` reminders were folded into it instead of one message per comment.
   */
  catchUp?: { held: number };
  /**
   * Polled sources (YouTube) that took no comments for a while since the previous business day began, because the
   * platform's daily quota was spent: the team learns that comments may have waited, and until when.
   */
  paused?: SourcePause[];
  /**
   * Once a week (the first business day of the week): the rules worth a look over the last 30 days of decisions,
   * and how many comments Vigie passed that staff hid or deleted (issue 21 item 1).
   */
  rules?: DigestRules;
}

export interface DigestRules {
  /** ISO 8601 window of the decisions. */
  since: string;
  until: string;
  /** The threshold the list follows (WORTH_A_LOOK): below `below` precision on at least `minDecided`
   *  decisions, or overruled at least `overruled` times. */
  threshold: { below: number; minDecided: number; overruled: number };
  rules: RuleFigures[];
  /** Comments Vigie passed that staff hid or deleted, and by the category they named (`none`: none named). */
  missed: number;
  missedByCategory: Record<string, number>;
}
