import { foldChar } from './foldChar.js';

/** A word of the normalized text. Offsets `start`/`end` are into `NormalizedText.text`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Directly followed by an apostrophe (French elision j', t', qu'...; English 're, 'll, n't...). */
  apostrophe: boolean;
  /** Contains a masked letter (`*` in the normalized text: m*rde, f**k). */
  masked: boolean;
  /** A sentence ends right after this word (. ! ? ; or a line break), so context does not reach across. */
  sentenceEnd: boolean;
}

/**
 * The folded, lowercased, de-obfuscated form of a text with a map back to the original: normalized character i
 * comes from `original.slice(starts[i], ends[i])`. Tokens are separated by one space in `text`.
 */
export interface NormalizedText {
  original: string;
  text: string;
  // Plain arrays: a typed array per text costs an off-heap allocation (and its GC bookkeeping) on every check.
  starts: number[];
  ends: number[];
  /** Other letters a look-alike character may stand for (`1` is `i` in the text, but may be an `l`). */
  alts: Map<number, string>;
  tokens: Token[];
  /** [start, end) in the original text of the normalized range [start, end). */
  span(start: number, end: number): [number, number];
}

type Kind = 'L' | 'D' | 'N' | 'S' | 'M' | 'A' | 'P' | 'X';
interface Unit {
  kind: Kind;
  chars: string;
  from: number;
  to: number;
  raw: string;
  alt?: string;
}
/** A unit as it goes into a word (its chars rewritten in place: a mask becomes `*`, a look-alike its letter). */
type Piece = Unit;

// Digits and symbols that stand for letters inside a word (sh1t, c0nn4rd, $alope, tabarn@k).
const LEET: Record<string, [string, string?]> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '@': ['a'],
  $: ['s'],
  '!': ['i', 'l'],
  '|': ['l', 'i'],
  '€': ['e'],
};
const MASKS = new Set(['*', '#', '%', '•', '·']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´', '‘', 'ʹ']);
const SOFT_SEPARATORS = new Set(['.', '-', '_']);
const LETTERS = /^\p{L}+$/u;
const DIGIT = /^\p{Nd}$/u;

function classify(raw: string, folded: string): Kind {
  if (folded.length > 0 && LETTERS.test(folded)) return 'L';
  if (raw in LEET) return DIGIT.test(raw) ? 'D' : 'S';
  if (DIGIT.test(folded)) return 'N';
  if (MASKS.has(raw)) return 'M';
  if (APOSTROPHES.has(raw)) return 'A';
  if (SOFT_SEPARATORS.has(raw)) return 'P';
  return 'X';
}

// Kind and folded form per character, computed once per code point: the per-character regexes and folding
// are the slow part of normalizing, and texts reuse few distinct characters.
const charInfo = new Map<string, [Kind, string]>();
function infoOf(ch: string): [Kind, string] {
  let info = charInfo.get(ch);
  if (!info) {
    const folded = foldChar(ch);
    info = [classify(ch, folded), folded];
    if (charInfo.size < 100_000) charInfo.set(ch, info);
  }
  return info;
}
const MARK = /^\p{M}+$/u;

const ASCII_INFO: [Kind, string][] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  const folded = foldChar(ch);
  return [classify(ch, folded), folded];
});

function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = code < 128 ? '' : wide ? text.slice(i, i + 2) : text[i]!;
    const [kind, folded] = code < 128 ? ASCII_INFO[code]! : infoOf(ch);
    const from = i;
    i += wide ? 2 : 1;
    // A lone combining accent belongs to the letter before it.
    if (folded === '' && units.length > 0 && MARK.test(ch)) {
      const last = units[units.length - 1]!;
      last.to = i;
      last.raw += ch;
      continue;
    }
    units.push({ kind, chars: folded, from, to: i, raw: code < 128 ? ASCII_RAW[code]! : ch });
  }
  return units;
}

const ASCII_RAW = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

const isWordish = (k: Kind | undefined) => k === 'L' || k === 'D' || k === 'N' || k === 'S' || k === 'M';

/** Splits units into words; symbols and masks count as letters only where the neighbours say so. */
function toWords(units: Unit[]): { pieces: Piece[]; apostrophe: boolean; masked: boolean; gapAfter: string }[] {
  // A symbol look-alike is a letter only inside a word ($ may also start one: $alope); else it is punctuation.
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'S') continue;
    const prev = units[i - 1]?.kind;
    const next = units[i + 1]?.kind;
    const inside = isWordish(prev) && prev !== 'M' && (next === 'L' || next === 'D');
    const leads = (u.raw === '$' || u.raw === '€') && !isWordish(prev) && next === 'L';
    if (!inside && !leads) u.kind = 'X';
  }
  const words: { pieces: Piece[]; apostrophe: boolean; masked: boolean; gapAfter: string }[] = [];
  let i = 0;
  while (i < units.length) {
    if (!isWordish(units[i]!.kind) || units[i]!.kind === 'M') {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && isWordish(units[j]!.kind)) j++;
    let hasLetter = false;
    for (let k = i; k < j; k++) if (units[k]!.kind === 'L') hasLetter = true;
    // Masks count only after a letter (f**k, m*rde, s***); trailing masks of a word without letters are noise.
    const pieces: Piece[] = [];
    let masked = false;
    for (let k = i; k < j; k++) {
      const u = units[k]!;
      if (u.kind === 'M') {
        if (!hasLetter || pieces.length === 0) continue;
        masked = true;
        u.chars = '*';
        pieces.push(u);
      } else if ((u.kind === 'D' || u.kind === 'S') && hasLetter) {
        const [primary, alt] = LEET[u.raw]!;
        u.chars = primary;
        if (alt) u.alt = alt;
        pieces.push(u);
      } else {
        if (u.kind === 'S') u.chars = u.raw;
        pieces.push(u);
      }
    }
    let gapAfter = '';
    for (let k = j; k < units.length && !isWordish(units[k]!.kind) && gapAfter.length < 8; k++) gapAfter += units[k]!.raw;
    if (pieces.length > 0) {
      words.push({ pieces, apostrophe: units[j]?.kind === 'A', masked, gapAfter });
    }
    i = j;
  }
  return words;
}

const SENTENCE_END = /[.!?;\n…]/;
// « M. Roy », "Dr. Kaminski": the period of an honorific does not end the sentence, so a frame can reach from the
// name to what the sentence says of the person (« M. Patrick Roy a été suspendu »).
const HONORIFIC_DOT = new Set(['m', 'mme', 'mmes', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'dre', 'st', 'ste']);
const SPACED_GAP = /^(?:[ .\-_]|\. )$/;

type Word = ReturnType<typeof toWords>[number];
function single(w: Word | undefined): boolean {
  return w !== undefined && w.pieces.length === 1 && w.pieces[0]!.chars.length === 1 && !w.apostrophe;
}

/** "i d i o t s", "f.u.c.k", "c-o-n": three or more single letters with one separator between → one word. */
function joinSpaced(words: ReturnType<typeof toWords>): ReturnType<typeof toWords> {
  const out: ReturnType<typeof toWords> = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (single(words[j]) && (j === i || SPACED_GAP.test(words[j - 1]!.gapAfter))) j++;
    if (j - i >= 3) {
      const joined = words.slice(i, j);
      out.push({
        pieces: joined.flatMap((w) => w.pieces),
        apostrophe: false,
        masked: joined.some((w) => w.masked),
        gapAfter: joined[joined.length - 1]!.gapAfter,
      });
      i = j;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}

export function normalize(original: string): NormalizedText {
  const words = joinSpaced(toWords(toUnits(original)));
  // Filled in order from 0, so they stay packed arrays of small integers.
  const starts: number[] = [];
  const ends: number[] = [];
  const alts = new Map<number, string>();
  const tokens: Token[] = [];
  let text = '';
  let n = 0;
  for (const w of words) {
    if (tokens.length > 0) {
      // The separating space maps to the gap between the two words.
      const prevEnd = ends[n - 1]!;
      starts[n] = prevEnd;
      ends[n] = w.pieces[0]!.from;
      text += ' ';
      n++;
    }
    const start = n;
    let word = '';
    for (const p of w.pieces) {
      for (let k = 0; k < p.chars.length; k++) {
        starts[n] = p.from;
        ends[n] = p.to;
        if (p.alt) alts.set(n, p.alt);
        n++;
      }
      word += p.chars;
    }
    text += word;
    tokens.push({
      start,
      end: n,
      text: word,
      apostrophe: w.apostrophe,
      masked: w.masked,
      sentenceEnd: SENTENCE_END.test(w.gapAfter) && !(HONORIFIC_DOT.has(word) && /^\.[ \t]+$/.test(w.gapAfter)),
    });
  }
  return {
    original,
    text,
    starts,
    ends,
    alts,
    tokens,
    span(a: number, b: number): [number, number] {
      if (b <= a) return [starts[a] ?? original.length, starts[a] ?? original.length];
      return [starts[a]!, ends[b - 1]!];
    },
  };
}
