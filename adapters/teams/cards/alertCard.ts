import type { Lang } from '../../../src/policy/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { texts } from '../texts.js';
import { adaptiveCard, findingBlocks, itemBlocks, text, type AdaptiveCard, type When } from './adaptiveCard.js';

/** Verbs carried by the card's Action.Execute buttons; the bot maps them to core decisions. */
export const ALERT_VERBS = ['approve', 'hide', 'reply', 'delete'] as const;
export type AlertVerb = (typeof ALERT_VERBS)[number];

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
  // The reply goes to the commenter: in their language when it is known, as the core's template does.
  const prescribed = findings.find((f) => f.reply)?.reply?.[item.check?.language ?? opts.lang] ?? '';
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
  const actions: Record<string, unknown>[] = [
    { type: 'Action.Execute', title: t.button.approve, verb: 'approve', data, style: 'positive' },
    { type: 'Action.Execute', title: t.button.hide, verb: 'hide', data, style: 'destructive' },
    { type: 'Action.Execute', title: t.button.reply, verb: 'reply', data },
    { type: 'Action.Execute', title: t.button.delete, verb: 'delete', data, style: 'destructive' },
    ...(item.permalink ? [{ type: 'Action.OpenUrl', title: t.button.open, url: item.permalink }] : []),
  ];
  return adaptiveCard(body, actions);
}
