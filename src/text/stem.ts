// Words matched by lemma: one lexicon entry ("immigrant", "voleur", "steal") covers its inflections through the
// Snowball stemmers (@orama/stemmers, Apache-2.0), applied to the normalized (lowercased, accent-folded) word.
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as english } from '@orama/stemmers/english';
import type { Lang } from '../policy/types.js';

const STEMMERS: Record<Lang, (w: string) => string> = { fr: french, en: english };
// A word longer than this is nobody's inflected word (a URL, a run of letters): it is its own stem, and stemming
// it would only cost time on hostile text.
const LONGEST = 32;
// Texts reuse few distinct words; the cache is cleared when full so that a flood of unique words cannot grow it.
const CACHE_MAX = 20_000;
const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

export function stemOf(word: string, lang: Lang): string {
  if (word.length > LONGEST || word.length < 3) return word;
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, (s = STEMMERS[lang](word)));
  }
  return s;
}
