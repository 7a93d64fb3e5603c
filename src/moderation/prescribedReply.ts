import type { Lang } from '../policy/types.js';
import type { Item } from './Item.js';

/**
 * The reply Reply posts when nobody writes one: the policy's prescribed reply for the comment's first finding that
 * has one, in the comment's language as detected when it was checked (the policy's when that is unknown). The
 * language is chosen here and nowhere else, so what an alert shows on any surface is the text that gets posted.
 */
export function prescribedReply(item: Item, policyLanguage: Lang): { text: string; lang: Lang } | undefined {
  const reply = item.check?.findings.find((f) => f.reply)?.reply;
  if (!reply) return undefined;
  const lang = item.check?.language ?? policyLanguage;
  return { text: reply[lang], lang };
}
