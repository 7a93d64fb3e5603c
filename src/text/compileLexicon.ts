// Compiles lexicon entries (words and phrases) into one matcher over normalized tokens: a letter trie that
// forgives stretched letters (fuuuck), masks (m*rde) and look-alikes (sh1t), and phrase steps on top of it.
import type { Lang, Severity } from '../policy/types.js';
import type { EntryPosition, LexiconEntry } from './lexiconFile.js';
import { parsePhrase } from './parsePhrase.js';
import { normalize, type NormalizedText, type Token } from './normalize.js';
import { EN_FUNCTION_WORDS, FR_FUNCTION_WORDS } from './detectLanguage.js';

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
  entries: readonly CompiledEntry[];
  /** Problems that do not stop the lexicon from loading (a duplicate alternative: "dead|dead"), `file:line:col: …`. */
  warnings: readonly string[];
}

/**
 * One position of a phrase: single-word alternatives (`ids`) and multi-word ones (`seqs`, e.g. "il faut").
 * `has` is `ids` as bits and `heads` also holds each seq's first word: both are asked at every token of a text.
 */
type WordStep = { kind: 'word'; ids: Set<number>; seqs: number[][]; optional: boolean; list: number[]; has: IdBits; heads: IdBits };
type Step = WordStep | { kind: 'gap'; max: number };

/** A set of word ids as one bit per id up to the largest: membership without hashing. */
class IdBits {
  private readonly bits: Uint32Array;
  constructor(ids: Iterable<number>) {
    let max = -1;
    for (const w of ids) if (w > max) max = w;
    this.bits = new Uint32Array((max >> 5) + 1);
    for (const w of ids) this.bits[w >> 5] = this.bits[w >> 5]! | (1 << (w & 31));
  }
  has(w: number): boolean {
    const k = w >> 5;
    return k < this.bits.length && (this.bits[k]! & (1 << (w & 31))) !== 0;
  }
}

function wordStep(ids: Set<number>, seqs: number[][], optional: boolean): WordStep {
  const list = [...ids];
  return { kind: 'word', ids, seqs, optional, list, has: new IdBits(list), heads: new IdBits([...list, ...seqs.map((q) => q[0]!)]) };
}

interface Node {
  /** Numbered in order of creation: a walk state's key. */
  id: number;
  next: Map<string, Node>;
  /** Words that end here (the whole token, or the token plus a plural ending). */
  words?: { id: number; plural: boolean; fuzzy: boolean; slip: boolean }[];
  /** Words ending in `*`: any continuation of the token matches. */
  prefixes?: number[];
  /** Some word below allows a missing vowel / swapped letters: only then are slips worth trying. */
  fuzzyBelow?: boolean;
  slipBelow?: boolean;
}

// French elision and English contractions: what a short form before/after an apostrophe stands for.
const ELIDED: Record<string, string[]> = {
  j: ['je'], t: ['te', 'tu'], m: ['me'], s: ['se', 'si'], l: ['le', 'la'], d: ['de'], n: ['ne'], c: ['ce'],
  qu: ['que'], jusqu: ['jusque'], lorsqu: ['lorsque'], puisqu: ['puisque'], quoiqu: ['quoique'],
  don: ['do'], won: ['will'], can: ['can'], isn: ['is'], aren: ['are'], wasn: ['was'], shouldn: ['should'],
  wouldn: ['would'], didn: ['did'], doesn: ['does'],
};
const CONTRACTED: Record<string, string[]> = {
  re: ['are'], ll: ['will'], m: ['am'], ve: ['have'], d: ['would', 'had'], s: ['is'], t: ['not'],
};
const NEGATIONS = new Set(['pas', 'jamais', 'aucun', 'aucune', 'never', 'not', 'no', 'nobody', 'nothing']);
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
const MEMO_MAX = 50_000;
// The memo keeps its keys: bounded in characters too, and a token longer than any word is never remembered
// (unique 1 MB tokens, 100 checks, kept 122 MB alive when only the number of entries was bounded).
const MEMO_TOKEN_MAX = 64;
const MEMO_CHARS_MAX = 1_000_000;
const NO_HITS: LexiconHit[] = [];

function hasAlts(nt: NormalizedText, t: Token): boolean {
  if (nt.alts.size === 0) return false;
  for (let i = t.start; i < t.end; i++) if (nt.alts.has(i)) return true;
  return false;
}

function foldWord(w: string): string[] {
  return normalize(w).tokens.map((t) => t.text);
}


// One trie of every word of every compiled lexicon, so a token is looked up once per check, whatever the
// number of rules (each rule's matcher only runs its own phrases over the shared word ids).
let nodeCount = 1;
const root: Node = { id: 0, next: new Map() };
const wordIds = new Map<string, number>();
const wordTexts: string[] = [];
const wordText = (id: number) => wordTexts[id] ?? '';
// What plain tokens matched, one map per (followed by an apostrophe, after an apostrophe): keyed by the token
// text itself, so a lookup builds no key string.
const memos = [0, 1, 2, 3].map(() => new Map<string, number[]>());
let memoChars = 0;

/** Characters of token text the memo holds (for the test that bounds it). */
export function tokenMemoChars(): number {
  return memoChars;
}

function clearMemos(): void {
  for (const m of memos) m.clear();
  memoChars = 0;
}
let version = 0;
interface TextIds {
  version: number;
  ids: number[][];
  /** Distinct word ids of the text, in order of first occurrence. */
  present: number[];
  anchors: number[];
  /** The `marks` stamp this text's words carry (when it is the current one, see isPresent). */
  stamp: number;
}
/**
 * The text whose words were last looked up: every rule of a check asks about the same text, so one entry is
 * the whole cache (a WeakMap entry per text cost more than it saved).
 */
let lastText: NormalizedText | undefined;
let lastIds: TextIds | undefined;
/** marks[w] === stamp: word w is in the current text. A stamp per text instead of a Set built per text. */
let marks = new Uint32Array(0);
let stamp = 0;
/** Word ids that some phrase is indexed by (by id): only these need looking up in each matcher's index. */
const isAnchor: boolean[] = [];

/**
 * The required step to index a phrase by: the one whose words are least common (no function word such as
 * "the", "de", "you"), the last of those when several (the predicate is usually the telling part).
 */
function anchorOf(st: Step[], text: (id: number) => string): Extract<Step, { kind: 'word' }> {
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

/** Word `w` is in the current text (the one `marks` was last stamped for; see markText). */
function isPresent(w: number): boolean {
  return marks[w] === stamp;
}

/** A new stamp, with room in `marks` for every word id known so far. */
function nextStamp(): number {
  if (marks.length < wordTexts.length || stamp === 0xffffffff) {
    marks = new Uint32Array(wordTexts.length + 256);
    stamp = 0;
  }
  return ++stamp;
}

/** Makes `tx` the current text of `marks` again (after another text was looked up). */
function markText(tx: TextIds): void {
  if (tx.stamp === stamp) return;
  tx.stamp = nextStamp();
  for (const w of tx.present) marks[w] = tx.stamp;
}

function allPresent(steps: WordStep[], present: number[]): boolean {
  for (const st of steps) if (!stepPresent(st, present)) return false;
  return true;
}

function anyStepPresent(steps: WordStep[], present: number[]): boolean {
  for (const st of steps) if (stepPresent(st, present)) return true;
  return false;
}

/** Some alternative of the step is in the current text (`present`: its words, marked). */
function stepPresent(st: WordStep, present: number[]): boolean {
  // Walk the smaller side: a step of two words against forty words of text, or a class against a short text.
  if (st.list.length < present.length) {
    for (const w of st.list) if (isPresent(w)) return true;
  } else {
    for (const w of present) if (st.has.has(w)) return true;
  }
  for (const q of st.seqs) {
    let all = true;
    for (const w of q) {
      if (!isPresent(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Word ids of every token of a text, computed once per text and shared by every matcher; marks it current. */
function idsOf(nt: NormalizedText): TextIds {
  if (lastText === nt && lastIds && lastIds.version === version) {
    markText(lastIds);
    return lastIds;
  }
  const toks = nt.tokens;
  const ids: number[][] = new Array(toks.length);
  // First occurrence order: the order anchors, hence candidates, are tried in.
  const present: number[] = [];
  const anchors: number[] = [];
  const here = nextStamp();
  for (let i = 0; i < toks.length; i++) {
    const list = tokenWords(nt, toks[i]!, toks[i - 1]);
    ids[i] = list;
    for (const w of list) {
      if (marks[w] === here) continue;
      marks[w] = here;
      present.push(w);
      if (isAnchor[w]) anchors.push(w);
    }
  }
  lastText = nt;
  lastIds = { version, ids, present, anchors, stamp: here };
  return lastIds;
}

function wordId(spec: string, plural: boolean, fuzzy = false, slip = true): number {
  // Plural endings only after a real word: "i"+"s" must not read as a plural of "i".
  plural &&= spec.replace('*', '').length >= 3;
  // Swapped letters only in long words of phrases: a lone term has no context to confirm it (grâce ≠ garce).
  slip &&= spec.length >= 7;
  const key = `${spec}${plural ? '' : '!'}${fuzzy ? '~' : ''}${slip ? '%' : ''}`;
  const known = wordIds.get(key);
  if (known !== undefined) return known;
  const id = wordIds.size;
  wordIds.set(key, id);
  // A new word may change what a known token matches.
  clearMemos();
  version++;
  wordTexts[id] = spec.replace('*', '');
  isAnchor[id] = false;
  const prefix = spec.endsWith('*');
  let node = root;
  for (const ch of prefix ? spec.slice(0, -1) : spec) {
    if (fuzzy) node.fuzzyBelow = true;
    if (slip) node.slipBelow = true;
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { id: nodeCount++, next: new Map() }));
    node = child;
  }
  if (prefix) (node.prefixes ??= []).push(id);
  else (node.words ??= []).push({ id, plural, fuzzy, slip });
  return id;
}

/** Word ids a token matches, through the trie (forgiving) and its elided or contracted readings. */
function tokenWords(nt: NormalizedText, t: Token, prev: Token | undefined): number[] {
  // Words recur from comment to comment: remember what a plain token matched.
  const plain = !t.masked && t.text.length <= MEMO_TOKEN_MAX && !hasAlts(nt, t);
  if (!plain) return walkToken(nt, t, prev);
  const memo = memos[(t.apostrophe ? 1 : 0) + (prev?.apostrophe ? 2 : 0)]!;
  const known = memo.get(t.text);
  if (known) return known;
  const found = walkToken(nt, t, prev);
  if (memo.size >= MEMO_MAX || memoChars + t.text.length > MEMO_CHARS_MAX) clearMemos();
  memo.set(t.text, found);
  memoChars += t.text.length;
  return found;
}

function walkToken(nt: NormalizedText, t: Token, prev: Token | undefined): number[] {
  const out: number[] = [];
  walk(nt, t.text, t.start, out);
  if (t.apostrophe) for (const f of ELIDED[t.text] ?? []) walk(nt, f, -1, out);
  if (prev?.apostrophe) for (const f of CONTRACTED[t.text] ?? []) walk(nt, f, -1, out);
  return out.length > 1 ? [...new Set(out)] : out;
}

/** A pending step of the trie walk: at `node` with `pos` characters of the token read, `edit` the slip in use. */
interface WalkState {
  pos: number;
  node: Node;
  prev: string;
  masks: number;
  depth: number;
  edit: 0 | 1 | 2;
}

/** Above this length a token's walk remembers the states it has been in (below it, a Set costs more than it saves). */
const WALK_SEEN_FROM = 32;

/**
 * Walks the trie along token `s`, depth first with an explicit stack (a recursion per letter overflowed the call
 * stack on a few thousand repeated letters). `edit` allows one slip for long words: two letters swapped
 * (strangel, étrnagler) or, for words of fuzzy classes, one vowel left out (womn, handicpé). Ids are pushed in
 * the order a recursive walk would push them.
 */
function walk(nt: NormalizedText, s: string, base: number, out: number[]): void {
  const len = s.length;
  // Where the token's trailing masks begin (m****: any ending), so a node's words are checked without slicing.
  let maskedFrom = len;
  while (maskedFrom > 0 && s[maskedFrom - 1] === '*') maskedFrom--;
  // A state is (pos, node, edit): prev, masks and depth follow from them. Reached again, it adds nothing new,
  // and skipping it keeps a long run of one letter (aaaa…, connnnn…) linear instead of quadratic.
  const seen = len > WALK_SEEN_FROM ? new Set<number>() : undefined;
  const stack: WalkState[] = [{ pos: 0, node: root, prev: '', masks: 0, depth: 0, edit: 0 }];
  const later: WalkState[] = [];
  while (stack.length > 0) {
    const { pos, node, prev, masks, depth, edit } = stack.pop()!;
    if (seen) {
      const key = (pos * 3 + edit) * nodeCount + node.id;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const slipOk = edit === 0 || depth >= 5;
    if (node.prefixes && masks * 2 <= pos && edit === 0) out.push(...node.prefixes);
    if (node.words && slipOk) {
      const left = len - pos;
      const restMasked = left > 0 && pos >= maskedFrom;
      for (const w of node.words) {
        if (masks * 2 > pos || (edit === 2 && !w.fuzzy) || (edit === 1 && !w.slip)) continue;
        if (left === 0 || restMasked || (w.plural && left === 1 && (s[pos] === 's' || s[pos] === 'x'))) out.push(w.id);
      }
    }
    if (pos >= len) continue;
    // The next states in the order the recursive walk visited them; pushed reversed below.
    later.length = 0;
    const c = s[pos]!;
    if (c === '*') {
      for (const [ch, child] of node.next) later.push({ pos: pos + 1, node: child, prev: ch, masks: masks + 1, depth: depth + 1, edit });
    } else {
      const child = node.next.get(c);
      if (child) later.push({ pos: pos + 1, node: child, prev: c, masks, depth: depth + 1, edit });
      else if (edit === 0 && pos >= 1 && masks === 0 && node.fuzzyBelow) {
        // A vowel left out where the word and the token part ways (womn → women).
        for (const v of VOWELS) {
          const skipped = node.next.get(v);
          if (skipped) later.push({ pos, node: skipped, prev: v, masks, depth: depth + 1, edit: 2 });
        }
      }
      const alt = base >= 0 ? nt.alts.get(base + pos) : undefined;
      if (alt) {
        const altChild = node.next.get(alt);
        if (altChild) later.push({ pos: pos + 1, node: altChild, prev: alt, masks, depth: depth + 1, edit });
      }
      // A stretched letter (fuuuck, connnnard) is the letter once more.
      if (c === prev) later.push({ pos: pos + 1, node, prev, masks, depth, edit });
      const next = s[pos + 1];
      if (!child && edit === 0 && pos >= 1 && masks === 0 && node.slipBelow && next !== undefined && next !== c && next !== '*') {
        const swapped = node.next.get(next)?.next.get(c);
        if (swapped) later.push({ pos: pos + 2, node: swapped, prev: c, masks, depth: depth + 2, edit: 1 });
      }
    }
    for (let k = later.length - 1; k >= 0; k--) stack.push(later[k]!);
  }
}

export function compileLexicon(sources: LexiconSource[]): LexiconMatcher {
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
    src.entries.forEach((e, index) => {
      const id = `${src.lang}/${src.list}${src.role ? `+${src.role}` : ''}#${index}`;
      const written = (e.term ?? e.phrase ?? '').trim();
      const isPhrase = e.phrase !== undefined;
      // `file:line:col` of a column of the phrase when the file is known, else the entry's path in its list.
      const where = (column: number) => {
        const at = src.origin?.at(index);
        return at ? `${src.origin!.path}:${at.line}:${at.column + column}` : `${src.lang}/${src.list}.yml entries.${index}`;
      };
      const parsed = parsePhrase(written, isPhrase);
      const errors = parsed.problems.filter((p) => p.level === 'error');
      if (errors.length > 0) throw new Error(errors.map((p) => `${where(p.column)}: ${p.message}`).join('; '));
      for (const p of parsed.problems) warnings.push(`${where(p.column)}: ${p.message}`);
      const lits = new Set<string>();
      const entrySteps: Step[] = [];
      // A term that folds to several words ("fils-de-pute", "va-t'en") is matched as a phrase of them.
      for (const node of parsed.nodes) {
        if (node.kind === 'gap') {
          entrySteps.push({ kind: 'gap', max: node.max });
          continue;
        }
        const expanded: string[][] = [];
        const fuzzyWords = new Set<string>();
        for (const alt of node.alternatives) {
          if (alt.kind === 'class') {
            const cls = src.classes[alt.name];
            if (!cls) throw new Error(`${where(alt.column)}: unknown class @${alt.name} (define it under classes:)`);
            for (const w of cls) {
              const f = foldWord(w);
              expanded.push(f);
              if (f.length === 1 && src.fuzzy?.includes(alt.name)) fuzzyWords.add(f[0]!);
            }
          } else {
            const words = foldWord(alt.text);
            if (alt.star && words.length > 0) words[words.length - 1] += '*';
            expanded.push(words);
          }
        }
        const single = expanded.filter((w) => w.length === 1).map((w) => w[0]!);
        const multi = expanded.filter((w) => w.length > 1);
        for (const w of expanded.flat()) lits.add(w);
        entrySteps.push(
          wordStep(
            new Set(single.map((w) => wordId(w, e.plural, fuzzyWords.has(w), isPhrase))),
            multi.map((ws) => ws.map((w) => wordId(w, e.plural, false, isPhrase))),
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
      literals.push(lits);
      const folded = e.unless.map(foldWord).filter((w) => w.length === 1).map((w) => w[0]!);
      unless.push({
        sequences: e.unless.map(foldWord).filter((w) => w.length > 1),
        exact: new Set(folded.filter((w) => !w.endsWith('*'))),
        prefixes: folded.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
      });
      // Indexed by the last required word (usually the telling one: the insult, the verb), so an entry is only
      // tried on a text that has it; common first words ("les", "you") would wake every phrase up.
      const anchor = anchorOf(entrySteps, wordText);
      for (const wid of new Set([...anchor.ids, ...anchor.seqs.flat()])) {
        if (!isAnchor[wid]) {
          isAnchor[wid] = true;
          version++;
        }
        const list = anchored.get(wid);
        if (list) list.push(n);
        else anchored.set(wid, [n]);
      }
    });
  }

  const byAnchor = denseByAnchor(anchored);
  // Which entries were already tried for this text (a stamp per run instead of a Set).
  const tried = new Uint32Array(entries.length);
  let runs = 0;
  return { entries, warnings, match: (nt) => run(nt) };

  function run(nt: NormalizedText): LexiconHit[] {
    const toks = nt.tokens;
    const { ids, present, anchors } = idsOf(nt);
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
          if (targetsHere === 0) targetsHere = hasTargets && anyStepPresent(targetSteps, present) ? 2 : 1;
          if (targetsHere === 1) continue;
        }
        if (allPresent(required[e]!, present)) (candidates ??= []).push(e);
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
    if (canTake(toks, start, ti) && anyIn(ids[ti]!, step.has)) {
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
function denseByAnchor(anchored: Map<number, number[]>): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (let w = 0; w < wordTexts.length; w++) out.push(anchored.get(w));
  return out;
}

function anyIn(ws: number[], set: IdBits): boolean {
  for (const w of ws) if (set.has(w)) return true;
  return false;
}

/** Phrases stay inside one sentence. */
function canTake(toks: Token[], start: number, t: number): boolean {
  return t < toks.length && (t === start || !toks[t - 1]!.sentenceEnd);
}

function negated(toks: Token[], start: number, end: number, literals: Set<string>): boolean {
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
interface Unless {
  exact: Set<string>;
  prefixes: string[];
  sequences: string[][];
}

function excused(toks: Token[], u: Unless): boolean {
  if (u.exact.size === 0 && u.prefixes.length === 0 && u.sequences.length === 0) return false;
  if (toks.some((t) => u.exact.has(t.text) || u.prefixes.some((p) => t.text.startsWith(p)))) return true;
  return u.sequences.some((seq) => toks.some((_, i) => seq.every((w, k) => toks[i + k]?.text === w)));
}
