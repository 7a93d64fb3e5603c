import type { Finding, Lang } from '../../../src/policy/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { say } from '../../../src/messages/Message.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

/** An Adaptive Card, as Teams takes it in an attachment or an `adaptiveCard/action` response. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  /** Teams renders Action.Execute (Universal Actions) only on cards that declare 1.5. */
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  msteams?: Record<string, unknown>;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function adaptiveCard(body: Record<string, unknown>[], actions: Record<string, unknown>[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** How cards show an instant: the composition root passes formatWhen with the policy's time zone. */
export type When = (iso: string) => string;

/** Adaptive Card markdown would turn a commenter's `*` and `_` into styling; a public comment is shown as typed. */
export function plain(text: string): string {
  return text.replace(/([\\*_`[\]])/g, '\\$1');
}

export function text(value: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

/** The quoted comment and who wrote it where: the part every alert, outcome and reminder shares. */
export function itemBlocks(item: Item, lang: Lang, when: When, policyName?: string): Record<string, unknown>[] {
  const facts = [
    { title: say(lang, 'alert.page'), value: item.pageName ?? item.pageId },
    { title: say(lang, 'alert.author'), value: item.author.name ?? item.author.id },
    { title: say(lang, 'alert.received'), value: when(item.receivedAt) },
    ...(item.deadline ? [{ title: say(lang, 'alert.deadline'), value: when(item.deadline) }] : []),
    ...(policyName ? [{ title: say(lang, 'alert.policy'), value: policyName }] : []),
    // The same number on every surface: « n° 5 » here is `/masquer 5` in the console.
    ...(item.number !== undefined ? [{ title: say(lang, 'alert.number-label'), value: String(item.number) }] : []),
  ];
  return [
    { type: 'Container', style: 'emphasis', items: [text(quoted(plain(item.text), lang))] },
    { type: 'FactSet', facts },
  ];
}

/** One line per finding in the reader's language, with the clause it enforces. */
export function findingBlocks(findings: Finding[], lang: Lang): Record<string, unknown>[] {
  return findings.flatMap((f) => [
    text(`**${f.category}** — ${f.message[lang]}`, { spacing: 'Small' }),
    text(labelled(say(lang, 'alert.clause'), quoted(f.clause, lang), lang), { isSubtle: true, size: 'Small', spacing: 'None' }),
  ]);
}
