// One character of text → its folded, lowercased form ('' when it folds to nothing, e.g. a lone combining
// accent). Folding per character, not per string, is what lets normalize() keep a map back to the original.

// Letters that Unicode decomposition leaves alone, and look-alike letters from other scripts that people use
// to slip a word past a filter (Cyrillic а/е/о/с/р, Greek ο/α...).
const SPECIAL: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ð: 'd',
  þ: 'th',
  ŀ: 'l',
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɑ: 'a',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

const MARKS = /\p{M}/gu;
const cache = new Map<number, string>();

export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  const known = cache.get(cp);
  if (known !== undefined) return known;
  const lower = ch.toLowerCase();
  const folded = SPECIAL[lower] ?? lower.normalize('NFKD').replace(MARKS, '').toLowerCase();
  // Several characters per code point can appear (ligatures, fullwidth forms): keep them all.
  const out = [...folded].map((c) => SPECIAL[c] ?? c).join('');
  cache.set(cp, out);
  return out;
}
