// Compiles lexicon entries (words and phrases) into one matcher over normalized tokens: each phrase (parsed by
// parsePhrase) becomes steps over the word ids of a Vocabulary (a letter trie that forgives stretched letters,
// masks and look-alikes), indexed by its least common word so that a text only wakes the phrases it can hold.
import type { Lang, Severity } from '../policy/types.js';
import type { EntryPosition, LexiconEntry } from './lexiconFile.js';
import { foldedEntries } from './foldedEntries.js';
import type { NormalizedText, Token } from './normalize.js';
import { excused, negated, type Unless } from './negation.js';
import { allPresent, anchorOf, anyStepPresent, wordStep, type Step, type WordStep } from './phraseSteps.js';
import { Vocabulary } from './Vocabulary.js';

export interface CompiledEntry {
  /** `fr/insult#12`: language, list and position of the entry in its file. */
  id: string;
  lang: Lang;
  list: string;
  /** The term or phrase as written in the file. */
  label: string;
  /** A phrase pattern (its label is syntax, not words to show a person). */
  phrase: boolean;
  severity: Severity;
  action?: 'hide' | 'review';
  strict: boolean;
  negatable: boolean;
  /** Counts only in a sentence that also names a target (see LexiconSource.role). */
  needsTarget: boolean;
  /** Names a target; never reported itself. */
  target: boolean;
}

export interface LexiconHit {
  entry: CompiledEntry;
  /** Token range [first, last) in the normalized text. */
  tokens: [number, number];
  /** [start, end) in the original text. */
  span: [number, number];
}

export interface LexiconSource {
  lang: Lang;
  list: string;
  entries: LexiconEntry[];
  classes: Record<string, string[]>;
  /**
   * `targeted`: these entries count only in a sentence that names a target (abuse aimed at a protected group is
   * hate). `target`: the entries that name targets; they are never reported themselves.
   */
  role?: 'targeted' | 'target';
  /** Classes whose words also match with one vowel missing (womn, trns, handicpé): group names people misspell. */
  fuzzy?: string[];
  /** The file the entries come from, so a problem is reported at its line and column. */
  origin?: { path: string; at: EntryPosition };
}

export interface LexiconMatcher {
  match(nt: NormalizedText): LexiconHit[];
  /** The vocabulary its words are ids of (shared with the matchers compiled against the same one). */
  vocabulary: Vocabulary;
  entries: readonly CompiledEntry[];
  /** Problems that do not stop the lexicon from loading (a duplicate alternative: "dead|dead"), `file:line:col: …`. */
  warnings: readonly string[];
}

const NO_HITS: LexiconHit[] = [];

/**
 * A matcher for `sources`. Matchers compiled against one vocabulary share their word ids, so the tokens of a
 * text are looked up once for all of them (the shipped rules share one per lexicon directory); without one,
 * the matcher gets a vocabulary of its own.
 */
export function compileLexicon(sources: LexiconSource[], vocab: Vocabulary = new Vocabulary()): LexiconMatcher {
  const entries: CompiledEntry[] = [];
  const steps: Step[][] = [];
  const literals: Set<string>[] = [];
  const unless: Unless[] = [];
  const anchored = new Map<number, number[]>();
  const targetSteps: WordStep[] = [];
  const required: WordStep[][] = [];
  let hasTargets = false;
  const warnings: string[] = [];

  for (const src of sources) {
    const folded = foldedEntries(src);
    src.entries.forEach((e, index) => {
      const id = `${src.lang}/${src.list}${src.role ? `+${src.role}` : ''}#${index}`;
      const { written, nodes, lits, unless: without, warnings: mine } = folded[index]!;
      const isPhrase = e.phrase !== undefined;
      warnings.push(...mine);
      const entrySteps: Step[] = [];
      for (const node of nodes) {
        if (node.kind === 'gap') {
          entrySteps.push({ kind: 'gap', max: node.max });
          continue;
        }
        const fuzzyWords = new Set(node.fuzzy);
        entrySteps.push(
          wordStep(
            vocab,
            new Set(node.single.map((w) => vocab.wordId(w, e.plural, fuzzyWords.has(w), isPhrase))),
            node.multi.map((ws) => ws.map((w) => vocab.wordId(w, e.plural, false, isPhrase))),
            node.optional,
          ),
        );
      }
      const first = entrySteps[0] as WordStep;
      const n = entries.length;
      entries.push({
        id,
        lang: src.lang,
        list: src.list,
        label: written,
        phrase: isPhrase,
        severity: e.severity,
        ...(e.action ? { action: e.action } : {}),
        strict: e.strict,
        negatable: e.negatable ?? entrySteps.length > 1,
        needsTarget: src.role === 'targeted',
        target: src.role === 'target',
      });
      hasTargets ||= src.role === 'target';
      if (src.role === 'target') targetSteps.push(first);
      steps.push(entrySteps);
      // Every required word must be somewhere in the text: checked once before any phrase is tried.
      required.push(entrySteps.filter((st): st is WordStep => st.kind === 'word' && !st.optional).slice(1));
      literals.push(new Set(lits));
      unless.push({ sequences: without.sequences, exact: new Set(without.exact), prefixes: without.prefixes });
      // Indexed by the last required word (usually the telling one: the insult, the verb), so an entry is only
      // tried on a text that has it; common first words ("les", "you") would wake every phrase up.
      const anchor = anchorOf(entrySteps, (id) => vocab.wordText(id));
      for (const wid of new Set([...anchor.ids, ...anchor.seqs.flat()])) {
        vocab.markAnchor(wid);
        const list = anchored.get(wid);
        if (list) list.push(n);
        else anchored.set(wid, [n]);
      }
    });
  }

  const byAnchor = denseByAnchor(anchored, vocab.size);
  // Which entries were already tried for this text (a stamp per run instead of a Set).
  const tried = new Uint32Array(entries.length);
  let runs = 0;
  return { entries, warnings, vocabulary: vocab, match: (nt) => run(nt) };

  function run(nt: NormalizedText): LexiconHit[] {
    const toks = nt.tokens;
    const { ids, present, anchors } = vocab.idsOf(nt);
    if (anchors.length === 0) return NO_HITS;
    runs++;
    // Without a target named anywhere, entries that need one cannot count: do not even try them. Looked for only
    // when such an entry comes up (0 = not yet known, 1 = no target, 2 = a target).
    let targetsHere = 0;
    let candidates: number[] | undefined;
    for (const w of anchors) {
      const list = byAnchor[w];
      if (!list) continue;
      for (const e of list) {
        if (tried[e] === runs) continue;
        tried[e] = runs;
        if (entries[e]!.needsTarget) {
          if (targetsHere === 0) targetsHere = hasTargets && anyStepPresent(vocab, targetSteps, present) ? 2 : 1;
          if (targetsHere === 1) continue;
        }
        if (allPresent(vocab, required[e]!, present)) (candidates ??= []).push(e);
      }
    }
    if (!candidates) return NO_HITS;
    const hits: LexiconHit[] = [];
    for (const e of candidates) {
      const st = steps[e]!;
      const first = st[0] as WordStep;
      // Whether the text excuses the entry does not depend on where it was found: asked once per entry (asking
      // at every hit rescanned the whole text per hit, quadratic on a text that repeats one word).
      let isExcused: boolean | undefined;
      for (let i = 0; i < toks.length; i++) {
        // A phrase can only start on a token that is one of its first words or begins one of its sequences.
        if (!anyIn(ids[i]!, first.heads)) continue;
        const end = matchSteps(st, 0, i, i, ids, toks);
        if (end < 0) continue;
        if (entries[e]!.negatable && negated(toks, i, end, literals[e]!)) continue;
        if ((isExcused ??= excused(toks, unless[e]!))) break;
        hits.push({ entry: entries[e]!, tokens: [i, end], span: nt.span(toks[i]!.start, toks[end - 1]!.end) });
      }
    }
    if (candidates.length > 1) hits.sort((a, b) => a.tokens[0] - b.tokens[0] || a.tokens[1] - b.tokens[1]);
    if (!hasTargets || hits.length === 0) return hits;
    // Sentence numbers of tokens, so a targeted hit is kept only beside a target in its own sentence.
    const sentence: number[] = [];
    let n = 0;
    for (const t of toks) {
      sentence.push(n);
      if (t.sentenceEnd) n++;
    }
    const targeted = new Set<number>();
    for (const h of hits) if (h.entry.target) targeted.add(sentence[h.tokens[0]]!);
    return hits.filter((h) => !h.entry.target && (!h.entry.needsTarget || targeted.has(sentence[h.tokens[0]]!)));
  }

  function matchSteps(st: Step[], si: number, ti: number, start: number, ids: number[][], toks: Token[]): number {
    if (si === st.length) return ti;
    const step = st[si]!;

    if (step.kind === 'gap') {
      for (let g = 0; g <= step.max; g++) {
        if (g > 0 && !canTake(toks, start, ti + g - 1)) break;
        const r = matchSteps(st, si + 1, ti + g, start, ids, toks);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (canTake(toks, start, ti) && anyIn(ids[ti]!, step.ids)) {
      const r = matchSteps(st, si + 1, ti + 1, start, ids, toks);
      if (r >= 0) return r;
    }
    for (const seq of step.seqs) {
      let t = ti;
      while (t - ti < seq.length && canTake(toks, start, t) && ids[t]!.includes(seq[t - ti]!)) t++;
      if (t - ti < seq.length) continue;
      const r = matchSteps(st, si + 1, t, start, ids, toks);
      if (r >= 0) return r;
    }
    return step.optional ? matchSteps(st, si + 1, ti, start, ids, toks) : -1;
  }
}

/**
 * Entries by anchor word id as an array, looked up for every anchor of every text. Filled in order from 0 so
 * that it stays a dense array (setting far indexes of an empty array makes V8 store it as a dictionary).
 */
function denseByAnchor(anchored: Map<number, number[]>, size: number): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (let w = 0; w < size; w++) out.push(anchored.get(w));
  return out;
}

function anyIn(ws: number[], set: ReadonlySet<number>): boolean {
  for (const w of ws) if (set.has(w)) return true;
  return false;
}

/** Phrases stay inside one sentence. */
function canTake(toks: Token[], start: number, t: number): boolean {
  return t < toks.length && (t === start || !toks[t - 1]!.sentenceEnd);
}
