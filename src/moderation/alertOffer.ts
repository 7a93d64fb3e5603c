import type { Lang } from '../policy/types.js';
import type { DecisionOutcome } from './ChatSurface.js';
import type { Decision, Item } from './Item.js';
import { prescribedReply } from './prescribedReply.js';

/** The decisions an alert may offer, in the order every surface shows them. */
export const OFFERED_DECISIONS = ['approve', 'hide', 'reply', 'delete'] as const satisfies readonly Decision[];
export type OfferedDecision = (typeof OFFERED_DECISIONS)[number];

export interface AlertOffer {
  /** The buttons (Slack, Teams) or typed choices (console) the alert shows now; none once the item is settled. */
  decisions: readonly OfferedDecision[];
  /** What Reply posts when nobody writes one: shown on the alert, posted as is (see prescribedReply). */
  reply?: { text: string; lang: Lang };
  /** "Don't flag this term here": offered beside the decisions while the comment is undecided and has a finding to
   *  except; a settled alert keeps no buttons. Who may is asked of mayDecide when it is used. */
  exception: boolean;
}

const NONE: readonly OfferedDecision[] = [];
const REPLY_ONLY: readonly OfferedDecision[] = ['reply'];

/** Approving a question or complaint does not answer it: its alert keeps a way to reply. */
function awaitsReply(item: Item): boolean {
  return item.status === 'open' && item.needsReply && !item.answeredAt;
}

/**
 * What an alert offers, the same on every surface (issue 15 item 3: Slack and Teams had their own rules for Reply,
 * and Teams re-derived the reply in the reader's language). An undecided item offers Approve, Hide, Reply when the
 * comment calls for an answer or the policy prescribes one, and Delete; a decision the platform refused keeps them
 * all, to try again; a done decision leaves only Reply, while the comment still awaits its answer.
 */
export function alertOffer(item: Item, policyLanguage: Lang, outcome?: Pick<DecisionOutcome, 'ok'>): AlertOffer {
  const reply = prescribedReply(item, policyLanguage);
  const open = outcome ? !outcome.ok : item.decision === undefined && (item.status === 'open' || item.status === 'received');
  let decisions: readonly OfferedDecision[];
  if (open) {
    const canReply = item.needsReply || reply !== undefined;
    decisions = OFFERED_DECISIONS.filter((d) => d !== 'reply' || canReply);
  } else decisions = awaitsReply(item) ? REPLY_ONLY : NONE;
  const exception = open && (item.check?.findings ?? []).some((f) => f.action !== 'note');
  return { decisions, ...(reply ? { reply } : {}), exception };
}
