// A compiled phrase: one step per position, over word ids of a Vocabulary (see parsePhrase for the syntax).
import { EN_FUNCTION_WORDS, FR_FUNCTION_WORDS } from './detectLanguage.js';
import type { Vocabulary } from './Vocabulary.js';

/**
 * One position of a phrase: single-word alternatives (`ids`) and multi-word ones (`seqs`, e.g. "il faut").
 * `heads` is `ids` and each seq's first word: a phrase can only start on a token that has one of them.
 * (A bitset in place of these Sets bought nothing: 15.4-16.8 K checks per CPU-second either way on the eval rows.)
 */
export type WordStep = {
  kind: 'word';
  ids: Set<number>;
  seqs: number[][];
  optional: boolean;
  list: number[];
  heads: ReadonlySet<number>;
  /** Its number in the vocabulary: equal steps of every matcher over one vocabulary are one object (internStep). */
  n: number;
};
export type Step = WordStep | { kind: 'gap'; max: number };

/** A set of word ids as one bit per id up to the largest: membership without hashing. */

export function wordStep(vocab: Vocabulary, ids: Set<number>, seqs: number[][], optional: boolean): WordStep {
  const list = [...ids];
  const key = `${optional ? '?' : ''}${[...list].sort((a, b) => a - b).join(',')}|${seqs.map((q) => q.join(' ')).join(',')}`;
  return vocab.internStep(key, (n) => ({ kind: 'word', ids, seqs, optional, list, heads: new Set([...list, ...seqs.map((q) => q[0]!)]), n }));
}

/**
 * The required step to index a phrase by: the one whose words are least common (no function word such as
 * "the", "de", "you"), the last of those when several (the predicate is usually the telling part).
 */
export function anchorOf(st: Step[], text: (id: number) => string): WordStep {
  const req = st.filter((x): x is Extract<Step, { kind: 'word' }> => x.kind === 'word' && !x.optional);
  const common = (x: Extract<Step, { kind: 'word' }>) =>
    [...x.ids, ...x.seqs.map((q) => q[0]!)].filter((id) => {
      const w = text(id);
      return w.length <= 2 || FR_FUNCTION_WORDS.has(w) || EN_FUNCTION_WORDS.has(w);
    }).length;
  let best = req[req.length - 1]!;
  let bestScore = common(best);
  for (let i = req.length - 2; i >= 0 && bestScore > 0; i--) {
    const score = common(req[i]!);
    if (score < bestScore) [best, bestScore] = [req[i]!, score];
  }
  return best;
}

export function allPresent(vocab: Vocabulary, steps: WordStep[], present: number[]): boolean {
  for (const st of steps) if (!stepPresent(vocab, st, present)) return false;
  return true;
}

export function anyStepPresent(vocab: Vocabulary, steps: WordStep[], present: number[]): boolean {
  for (const st of steps) if (stepPresent(vocab, st, present)) return true;
  return false;
}

/**
 * Some alternative of the step is in the current text, asked once per text whatever the number of entries and
 * matchers that require the step: a class such as @group (67 to 162 words) is required by up to 33 entries, each
 * of which read the text's words against it again (stepPresent was 8 % of a check's profile).
 */
function stepPresent(vocab: Vocabulary, st: WordStep, present: number[]): boolean {
  const known = vocab.knownStep(st.n);
  if (known !== undefined) return known;
  const found = readStep(vocab, st, present);
  vocab.rememberStep(st.n, found);
  return found;
}

/** Some alternative of the step is in the current text (`present`: its words, marked). */
function readStep(vocab: Vocabulary, st: WordStep, present: number[]): boolean {
  // Walk the smaller side: a step of two words against forty words of text, or a class against a short text.
  if (st.list.length < present.length) {
    for (const w of st.list) if (vocab.isPresent(w)) return true;
  } else {
    for (const w of present) if (st.ids.has(w)) return true;
  }
  for (const q of st.seqs) {
    let all = true;
    for (const w of q) {
      if (!vocab.isPresent(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
