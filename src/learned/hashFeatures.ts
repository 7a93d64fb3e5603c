// The features of the learned second opinion (policies/models/README.md): hashed character n-grams of each word of
// the engine's normalized text (the same folded, de-obfuscated words the rules see), with a boundary mark on each
// side, plus hashed words and pairs of neighbouring words in a sentence. The trainer (tools/train.ts) and the
// detector (src/policy/rules/learned.ts) both read a text through this one function, so a model always sees at
// inference what it was trained on.
import type { NormalizedText } from '../text/normalize.js';

/** What a model file records about its features; a model whose file says otherwise is refused at load. */
export interface FeatureSpec {
  /** log2 of the number of hashed slots. */
  bits: number;
  /** Shortest and longest character n-gram (the boundary mark counts as a character). */
  charMin: number;
  charMax: number;
}

/**
 * Receives each feature of a text as it is hashed: the slot, and the index of the word it comes from (a pair of
 * words is reported once for each of its two words, each at half weight, so that `explain` can share it out).
 * An object with a method rather than a closure per call: a check hashes a few hundred features and allocates none.
 */
export interface FeatureSink {
  add(slot: number, token: number, weight: number): void;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Each family of features starts from its own seed, so the word « con » and the trigram "con" are different slots.
const SEED_CHAR = 0x2f1a9c3b;
const SEED_WORD = 0x51ed270b;
const SEED_PAIR = 0x7a3d9e11;
/** The word-boundary mark: a code no folded letter has. */
const BOUNDARY = 0x1f;

/**
 * The slot of a hash: Fibonacci hashing (multiply by 2^32/φ, keep the top bits), one multiplication where
 * Murmur's finalizer took two and three shifts; FNV's weak low bits never reach the slot. Hashing is most of a
 * check's cost in this detector (about 8 % of check() in a CPU profile of the eval texts with the finalizer).
 */
const slotOf = (h: number, shift: number) => Math.imul(h, 0x9e3779b1) >>> shift;

/**
 * Calls `sink.add` for every feature of `nt` and returns how many features it reported (a pair counts once):
 * the count by which the model divides its sum (each feature weighs 1/√count, so long and short texts compare).
 * Linear in the text's length: at most (charMax − charMin + 1) n-grams per character, plus two per word.
 */
export function hashFeatures(nt: NormalizedText, spec: FeatureSpec, sink: FeatureSink): number {
  const shift = 32 - spec.bits;
  const { charMin, charMax } = spec;
  const text = nt.text;
  const toks = nt.tokens;
  let count = 0;
  let prevWord = 0;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    const { start, end } = tok;
    // Positions start-1 and end are the boundary marks.
    for (let i = start - 1; i < end; i++) {
      let h = SEED_CHAR ^ FNV_OFFSET;
      const last = Math.min(end, i + charMax - 1);
      for (let j = i; j <= last; j++) {
        const c = j < start || j >= end ? BOUNDARY : text.charCodeAt(j);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (j - i + 1 >= charMin) {
          sink.add(slotOf(h, shift), t, 1);
          count++;
        }
      }
    }
    let w = SEED_WORD ^ FNV_OFFSET;
    for (let j = start; j < end; j++) w = Math.imul(w ^ text.charCodeAt(j), FNV_PRIME);
    sink.add(slotOf(w, shift), t, 1);
    count++;
    if (t > 0 && !toks[t - 1]!.sentenceEnd) {
      const pair = slotOf(Math.imul(Math.imul(prevWord ^ SEED_PAIR, FNV_PRIME) ^ w, FNV_PRIME), shift);
      sink.add(pair, t - 1, 0.5);
      sink.add(pair, t, 0.5);
      count++;
    }
    prevWord = w;
  }
  return count;
}
