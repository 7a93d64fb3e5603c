import type { Lang } from '../../../src/policy/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { prescribedReply } from '../../../src/moderation/prescribedReply.js';
import { texts } from '../texts.js';
import { adaptiveCard, findingBlocks, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

/** Verbs carried by the card's Action.Execute buttons; the bot maps them to core decisions. */
export const ALERT_VERBS = ['approve', 'hide', 'reply', 'delete'] as const;
export type AlertVerb = (typeof ALERT_VERBS)[number];
/** Where an Action.Submit fallback puts the verb in its data (old clients send it as a message's `value`). */
export const SUBMIT_VERB = 'vigieVerb';

export interface AlertCardOptions {
  lang: Lang;
  when: When;
  policyName?: string;
  /** Shown above the buttons when a decision failed, so the person can retry. */
  notice?: string;
}

/** What the alert is about, in a few words: also the notification's preview text. */
export function alertTitle(item: Item, lang: Lang): string {
  const t = texts(lang);
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  return verdict === 'ok' && item.needsReply ? t.needsReply : t.alertTitle[verdict];
}

/** The card posted for a flagged comment: the text, the findings and the four decisions (Universal Actions). */
export function alertCard(item: Item, opts: AlertCardOptions): AdaptiveCard {
  const t = texts(opts.lang);
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  const findings = item.check?.findings ?? [];
  // The reply goes to the commenter: the core's choice, so the box holds what Reply posts when left as is.
  const prescribed = prescribedReply(item, opts.lang)?.text ?? '';
  const data = { itemId: item.id };
  const body = [
    text(alertTitle(item, opts.lang), { weight: 'Bolder', size: 'Medium', color: verdict === 'hide' ? 'Attention' : 'Warning' }),
    ...itemBlocks(item, opts.lang, opts.when, opts.policyName),
    ...findingBlocks(findings, opts.lang),
    ...(item.suggestBlock ? [text(t.repeat(item.suggestBlock.violations, item.suggestBlock.threshold), { color: 'Attention' })] : []),
    {
      type: 'Input.Text',
      id: 'replyText',
      label: t.replyLabel,
      placeholder: t.replyPlaceholder,
      isMultiline: true,
      value: prescribed,
    },
    ...(opts.notice ? [text(opts.notice, { color: 'Attention', weight: 'Bolder' })] : []),
  ];
  // Teams clients without Universal Actions render the Action.Submit fallback instead (Microsoft's advice).
  const execute = (verb: AlertVerb, style?: string) => ({
    type: 'Action.Execute',
    title: t.button[verb],
    verb,
    data,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title: t.button[verb], data: { ...data, [SUBMIT_VERB]: verb } },
  });
  const actions: Record<string, unknown>[] = [
    execute('approve', 'positive'),
    execute('hide', 'destructive'),
    execute('reply'),
    execute('delete', 'destructive'),
    ...(item.permalink ? [{ type: 'Action.OpenUrl', title: t.button.open, url: item.permalink }] : []),
  ];
  return adaptiveCard(body, actions);
}
