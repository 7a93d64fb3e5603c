// Context that cancels a hit: a negation just before or inside it ("pas un idiot"), or words anywhere in the
// text that make the entry harmless (`unless:` — "bitch" beside "vet").
import type { Token } from './normalize.js';

// "the very opposite of stupid", « tout le contraire de » reverse the word that follows as a negation does.
const NEGATIONS = new Set(['pas', 'jamais', 'aucun', 'aucune', 'never', 'not', 'no', 'nobody', 'nothing', 'opposite', 'contraire']);

export function negated(toks: Token[], start: number, end: number, literals: Set<string>): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (toks[i]!.sentenceEnd) break;
    if (isNegation(toks, i)) return true;
  }
  for (let i = start; i < end; i++) if (!literals.has(toks[i]!.text) && isNegation(toks, i)) return true;
  return false;
}

// French "ne" negates only with its partner (ne ... pas / jamais / plus / rien...): "ils ne sont que des X"
// ("only") and "n'importe quel" are not negations.
const NE_PARTNERS = new Set(['pas', 'jamais', 'plus', 'rien', 'personne', 'aucun', 'aucune', 'guere', 'point', 'nullement']);

function isNegation(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.text === 'ne' || (t.text === 'n' && t.apostrophe)) {
    for (let k = i + 1; k <= i + 4 && k < toks.length; k++) if (NE_PARTNERS.has(toks[k]!.text)) return true;
    return false;
  }
  if (NEGATIONS.has(t.text)) return true;
  return t.text === 't' && toks[i - 1]?.apostrophe === true;
}

/** Context that makes an entry harmless: single words anywhere, or word sequences ("tuer le temps"). */
export interface Unless {
  exact: Set<string>;
  prefixes: string[];
  sequences: string[][];
}

export function excused(toks: Token[], u: Unless): boolean {
  if (u.exact.size === 0 && u.prefixes.length === 0 && u.sequences.length === 0) return false;
  if (toks.some((t) => u.exact.has(t.text) || u.prefixes.some((p) => t.text.startsWith(p)))) return true;
  return u.sequences.some((seq) => toks.some((_, i) => seq.every((w, k) => toks[i + k]?.text === w)));
}
