/**
 * A moderator's standing exception on one page (issue 21 item 2): "don't flag this term here again", or "this
 * author is a known organization". Data beside the policy's own, kept in the store (src/moderation/exceptions/),
 * never in the policy file, so a change of the file never drops it: an exception whose rule is gone is kept and
 * named at start-up and by `vigie exceptions` (see orphanExceptions).
 */
export interface PageException {
  /** Short and stable: what `vigie exceptions remove ID` takes. */
  id: string;
  policyId: string;
  pageId: string;
  pageName?: string;
  /** The finding's rule id (`mess-quebec/insult`): the exception silences that rule only. */
  rule: string;
  /** A word or phrase of the finding's match: a finding of the rule whose match holds it is not raised. */
  term?: string;
  /** The author as a known organization: no finding of the rule is raised on their comments. */
  author?: { id: string; name?: string };
  /** Who added it (`slack:U0JULIE`), their name, when (ISO 8601) and why. */
  by: string;
  byName?: string;
  at: string;
  why: string;
  /** The comment it was added from. */
  itemId?: string;
}
