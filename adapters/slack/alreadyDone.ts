import type { Decision, Item } from '../../src/moderation/Item.js';
import { say } from '../../src/messages/Message.js';
import { doneLine, type AlertLook } from './blocks/alertBlocks.js';

/**
 * "Déjà traité : Masqué par @julie à 14 h 02 (lundi 23 novembre)." for the second click of a double click. When both
 * clicks arrive together the first is still at work and the item says nothing yet: name the decision only.
 */
export function alreadyDone(item: Item, look: AlertLook, decision: Decision): string {
  if (!item.decision) return say(look.lang, 'outcome.already', { what: say(look.lang, `decided.${decision}`) });
  const [surface, ...rest] = (item.decidedBy ?? '').split(':');
  const id = rest.join(':');
  const who = surface === 'slack' && id ? `<@${id}>` : (item.decidedBy ?? '?');
  const what = item.decidedAt ? doneLine(look, item.decision, who, item.decidedAt) : `${say(look.lang, `decided.${item.decision}`)} (${who})`;
  return say(look.lang, 'outcome.already', { what });
}
