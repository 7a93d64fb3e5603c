import type { Lang } from '../../../src/policy/types.js';
import type { DecisionOutcome } from '../../../src/moderation/ChatSurface.js';
import type { Item } from '../../../src/moderation/Item.js';
import { alertOffer, OFFERED_DECISIONS, type OfferedDecision } from '../../../src/moderation/alertOffer.js';
import { alertTitle } from '../../../src/messages/alertTitle.js';
import { say } from '../../../src/messages/Message.js';
import { adaptiveCard, findingBlocks, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

export { alertTitle };

/** Verbs carried by the card's Action.Execute buttons: the decisions the core offers (alertOffer). */
export const ALERT_VERBS = OFFERED_DECISIONS;
export type AlertVerb = OfferedDecision;
/** Where an Action.Submit fallback puts the verb in its data (old clients send it as a message's `value`). */
export const SUBMIT_VERB = 'vigieVerb';

export interface AlertCardOptions {
  lang: Lang;
  /** The item's policy's language: the prescribed reply's when the comment's own is unknown. */
  policyLanguage: Lang;
  when: When;
  policyName?: string;
  /** Shown above the buttons when a decision failed, so the person can retry. */
  notice?: string;
}

const STYLE: Partial<Record<OfferedDecision, string>> = { approve: 'positive', hide: 'destructive', delete: 'destructive' };

/** The buttons the core offers for the item (the same on Slack and in the console), as Universal Actions. */
export function decisionActions(
  item: Item,
  opts: Pick<AlertCardOptions, 'lang' | 'policyLanguage'>,
  outcome?: DecisionOutcome,
): Record<string, unknown>[] {
  const data = { itemId: item.id };
  // Teams clients without Universal Actions render the Action.Submit fallback instead (Microsoft's advice).
  return alertOffer(item, opts.policyLanguage, outcome).decisions.map((verb) => ({
    type: 'Action.Execute',
    title: say(opts.lang, `choice.${verb}`),
    verb,
    data,
    ...(STYLE[verb] ? { style: STYLE[verb] } : {}),
    fallback: { type: 'Action.Submit', title: say(opts.lang, `choice.${verb}`), data: { ...data, [SUBMIT_VERB]: verb } },
  }));
}

/** The reply box, holding what Reply posts when left as is: the core's prescribed reply, in the comment's language. */
export function replyInput(item: Item, opts: Pick<AlertCardOptions, 'lang' | 'policyLanguage'>): Record<string, unknown> {
  return {
    type: 'Input.Text',
    id: 'replyText',
    label: say(opts.lang, 'reply.label'),
    placeholder: say(opts.lang, 'reply.placeholder'),
    isMultiline: true,
    value: alertOffer(item, opts.policyLanguage).reply?.text ?? '',
  };
}

/** The card posted for a flagged comment: the text, the findings and the decisions the core offers. */
export function alertCard(item: Item, opts: AlertCardOptions, outcome?: DecisionOutcome): AdaptiveCard {
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  const findings = item.check?.findings ?? [];
  const actions = decisionActions(item, opts, outcome);
  const offersReply = actions.some((a) => a.verb === 'reply');
  const body = [
    text(alertTitle(item, opts.lang), { weight: 'Bolder', size: 'Medium', color: verdict === 'hide' ? 'Attention' : 'Warning' }),
    ...itemBlocks(item, opts.lang, opts.when, opts.policyName),
    ...findingBlocks(findings, opts.lang),
    ...(item.suggestBlock
      ? [
          text(say(opts.lang, 'alert.repeat-offender', { violations: item.suggestBlock.violations, threshold: item.suggestBlock.threshold }), {
            color: 'Attention',
          }),
        ]
      : []),
    ...(offersReply ? [replyInput(item, opts)] : []),
    ...(opts.notice ? [text(opts.notice, { color: 'Attention', weight: 'Bolder' })] : []),
  ];
  const open = item.permalink ? [{ type: 'Action.OpenUrl', title: say(opts.lang, 'alert.open-link'), url: item.permalink }] : [];
  return adaptiveCard(body, [...actions, ...open]);
}
