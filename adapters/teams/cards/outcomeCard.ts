import type { Lang } from '../../../src/policy/types.js';
import type { DecisionOutcome } from '../../../src/moderation/ChatSurface.js';
import { texts } from '../texts.js';
import { alertCard } from './alertCard.js';
import { adaptiveCard, itemBlocks, plain, text, type AdaptiveCard, type When } from './adaptiveCard.js';
import { render } from '../../../src/messages/Message.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

export interface OutcomeCardOptions {
  lang: Lang;
  when: When;
  policyName?: string;
}

/** The line that replaces the buttons: « Masqué par Julie à 14 h 02 ». */
export function outcomeLine(outcome: DecisionOutcome, lang: Lang, when: When): string {
  const t = texts(lang);
  if (outcome.duplicate) {
    // The core records who decided as `surface:id`, not a name: the earlier decision is shown by what and when.
    const decision = outcome.item.decision ?? outcome.decision;
    return labelled(t.already, `${t.decided[decision]} ${t.on} ${when(outcome.item.decidedAt ?? outcome.at)}`, lang);
  }
  const line = `${t.decided[outcome.decision]} ${t.by} ${outcome.by.name ?? outcome.by.id} ${t.at} ${when(outcome.at)}`;
  return outcome.dryRun ? `${line} (${t.dryRun})` : line;
}

/**
 * The card after a decision. A decision that failed on the platform keeps its buttons, with the reason,
 * so the person can act on it and retry; any other outcome leaves no button to press twice.
 */
export function outcomeCard(outcome: DecisionOutcome, opts: OutcomeCardOptions): AdaptiveCard {
  const t = texts(opts.lang);
  if (!outcome.ok) {
    return alertCard(outcome.item, { ...opts, notice: labelled(t.failed, outcome.error ? render(outcome.error, opts.lang) : t.error, opts.lang) });
  }
  const reply = outcome.replyText ?? (outcome.decision === 'reply' ? outcome.item.check?.findings.find((f) => f.reply)?.reply?.[opts.lang] : undefined);
  return adaptiveCard([
    text(outcomeLine(outcome, opts.lang, opts.when), { weight: 'Bolder', size: 'Medium', color: 'Good' }),
    ...itemBlocks(outcome.item, opts.lang, opts.when, opts.policyName),
    ...(reply && outcome.decision === 'reply' ? [text(labelled(t.replyLabel, quoted(plain(reply), opts.lang), opts.lang), { isSubtle: true })] : []),
  ]);
}
