import type { Decision, Item } from '../../src/moderation/Item.js';
import { atWhen, type AlertLook } from './blocks/alertBlocks.js';
import { texts } from './texts.js';

/**
 * "Déjà traité : Masqué par @julie à 14 h 02 (lundi 23 novembre)." for the second click of a double click. When both
 * clicks arrive together the first is still at work and the item says nothing yet: name the decision only.
 */
export function alreadyDone(item: Item, look: AlertLook, decision: Decision): string {
  const t = texts(look.lang);
  if (!item.decision) return t.already(t.decided[decision]);
  const [surface, ...rest] = (item.decidedBy ?? '').split(':');
  const id = rest.join(':');
  const who = surface === 'slack' && id ? `<@${id}>` : item.decidedBy ?? '?';
  const when = item.decidedAt ? ` ${atWhen(look, item.decidedAt)}` : '';
  return t.already(`${t.decided[item.decision]} ${t.by} ${who}${when}`);
}
