import type { Item } from '../moderation/Item.js';
import type { Lang, Verdict } from '../policy/types.js';
import { say } from './Message.js';

/**
 * What an alert is about, in a few words, the same on every surface (also the notification's preview). A question
 * that breaks no rule is headed by what it expects, not by "compliant".
 */
export function alertTitle(item: Pick<Item, 'verdict' | 'check' | 'needsReply'>, lang: Lang): string {
  const verdict: Verdict = item.verdict ?? item.check?.verdict ?? 'review';
  return say(lang, verdict === 'ok' && item.needsReply ? 'alert.title-answer' : `alert.title-${verdict}`);
}
