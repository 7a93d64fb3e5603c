import type { Lang } from '../../../src/policy/types.js';
import type { DecisionOutcome } from '../../../src/moderation/ChatSurface.js';
import { alertCard, decisionActions, replyInput } from './alertCard.js';
import { adaptiveCard, itemBlocks, plain, text, type AdaptiveCard, type When } from './adaptiveCard.js';
import { render, say } from '../../../src/messages/Message.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

export interface OutcomeCardOptions {
  lang: Lang;
  policyLanguage: Lang;
  when: When;
  policyName?: string;
}

/** The line that replaces the buttons: « Masqué par Julie le lundi 23 novembre à 14 h 02 ». */
export function outcomeLine(outcome: DecisionOutcome, lang: Lang, when: When): string {
  if (outcome.duplicate) {
    // The core records who decided as `surface:id`, not a name: the earlier decision is shown by what and when.
    const decision = outcome.item.decision ?? outcome.decision;
    const on = say(lang, 'outcome.on', { when: when(outcome.item.decidedAt ?? outcome.at) });
    return say(lang, 'outcome.already', { what: `${say(lang, `decided.${decision}`)} ${on}` });
  }
  const line = say(lang, 'outcome.done', {
    decision: say(lang, `decided.${outcome.decision}`),
    by: outcome.by.name ?? outcome.by.id,
    when: say(lang, 'outcome.on', { when: when(outcome.at) }),
  });
  return outcome.dryRun ? `${line} (${say(lang, 'outcome.dry-run')})` : line;
}

/**
 * The card after a decision. A decision that failed on the platform keeps its buttons, with the reason, so the
 * person can act on it and retry; otherwise the card keeps what the core still offers (Reply on a question that
 * awaits its answer), as Slack's alert does.
 */
export function outcomeCard(outcome: DecisionOutcome, opts: OutcomeCardOptions): AdaptiveCard {
  const { lang } = opts;
  if (!outcome.ok) {
    const why = outcome.error ? render(outcome.error, lang) : say(lang, 'surface.error');
    return alertCard(outcome.item, { ...opts, notice: labelled(say(lang, 'outcome.failed'), why, lang) }, outcome);
  }
  // The reply that was posted, as the core carried it out: never derived again here.
  const reply = outcome.decision === 'reply' ? outcome.replyText : undefined;
  const actions = outcome.duplicate ? [] : decisionActions(outcome.item, opts, outcome);
  return adaptiveCard(
    [
      text(outcomeLine(outcome, lang, opts.when), { weight: 'Bolder', size: 'Medium', color: 'Good' }),
      ...itemBlocks(outcome.item, lang, opts.when, opts.policyName),
      ...(reply ? [text(labelled(say(lang, 'reply.label'), quoted(plain(reply), lang), lang), { isSubtle: true })] : []),
      ...(actions.some((a) => a.verb === 'reply') ? [replyInput(outcome.item, opts)] : []),
    ],
    actions,
  );
}
