// Every word of the lexicons compiled against it, as ids in one trie, and what the tokens of a text are in
// those ids. Lexicons that share a vocabulary (all rules of the shipped policies do) look a text's tokens up
// once per check, whatever the number of rules: each matcher then only runs its own phrases over the ids.
import type { NormalizedText, Token } from './normalize.js';
import { walkTrie, type TrieNode } from './wordTrie.js';
import type { WordStep } from './phraseSteps.js';

// French elision and English contractions: what a short form before/after an apostrophe stands for.
const ELIDED: Record<string, string[]> = {
  j: ['je'],
  t: ['te', 'tu'],
  m: ['me'],
  s: ['se', 'si'],
  l: ['le', 'la'],
  d: ['de'],
  n: ['ne'],
  c: ['ce'],
  qu: ['que'],
  jusqu: ['jusque'],
  lorsqu: ['lorsque'],
  puisqu: ['puisque'],
  quoiqu: ['quoique'],
  don: ['do'],
  won: ['will'],
  can: ['can'],
  isn: ['is'],
  aren: ['are'],
  wasn: ['was'],
  shouldn: ['should'],
  wouldn: ['would'],
  didn: ['did'],
  doesn: ['does'],
};
const CONTRACTED: Record<string, string[]> = {
  re: ['are'],
  ll: ['will'],
  m: ['am'],
  ve: ['have'],
  d: ['would', 'had'],
  s: ['is'],
  t: ['not'],
};
const MEMO_MAX = 50_000;
// The memo keeps its keys: bounded in characters too, and a token longer than any word is never remembered
// (unique 1 MB tokens, 100 checks, kept 122 MB alive when only the number of entries was bounded).
const MEMO_TOKEN_MAX = 64;
const MEMO_CHARS_MAX = 1_000_000;

/** The word ids of one text's tokens. */
export interface TextIds {
  version: number;
  ids: number[][];
  /** Distinct word ids of the text, in order of first occurrence. */
  present: number[];
  /** The present ids that some phrase is indexed by. */
  anchors: number[];
  /** The `marks` stamp this text's words carry (when it is the current one, see isPresent). */
  stamp: number;
}

function hasAlts(nt: NormalizedText, t: Token): boolean {
  if (nt.alts.size === 0) return false;
  for (let i = t.start; i < t.end; i++) if (nt.alts.has(i)) return true;
  return false;
}

export class Vocabulary {
  private readonly root: TrieNode = { id: 0, next: new Map() };
  private nodeCount = 1;
  private readonly wordIds = new Map<string, number>();
  private readonly wordTexts: string[] = [];
  /** Word ids that some phrase is indexed by (by id): only these need looking up in each matcher's index. */
  private readonly isAnchor: boolean[] = [];
  // What plain tokens matched, one map per (followed by an apostrophe, after an apostrophe): keyed by the token
  // text itself, so a lookup builds no key string. It halves the cost of a check: 15.6 K checks per CPU-second
  // with it, 8.1 K without (check() over the 2,230 eval rows, best of 7 rounds of CPU time).
  private readonly memos = [0, 1, 2, 3].map(() => new Map<string, number[]>());
  private memoChars = 0;
  /** Bumped when a word or anchor is added: ids computed before are stale. */
  private version = 0;
  /**
   * The text whose words were last looked up: every rule of a check asks about the same text, so one entry is
   * the whole cache (a WeakMap entry per text cost more than it saved).
   */
  private lastText: NormalizedText | undefined;
  private lastIds: TextIds | undefined;
  /** marks[w] === stamp: word w is in the current text. A stamp per text instead of a Set built per text. */
  private marks = new Uint32Array(0);
  private stamp = 0;
  /** Counts every stamp ever given (never restarts, unlike `stamp`): what the step memo's answers are valid for. */
  private epoch = 0;
  /** Phrase steps by their words, one object for equal steps of every matcher over this vocabulary. */
  private readonly steps = new Map<string, WordStep>();
  /** stepEpoch[n] === epoch: stepFound[n] says whether step n is in the current text. */
  private readonly stepEpoch: number[] = [];
  private readonly stepFound: boolean[] = [];

  /** Number of word ids so far. */
  get size(): number {
    return this.wordTexts.length;
  }

  /** Characters of token text the memo holds (bounded; see MEMO_CHARS_MAX). */
  get memoSize(): number {
    return this.memoChars;
  }

  wordText(id: number): string {
    return this.wordTexts[id] ?? '';
  }

  /** The id of a word spec (`word`, `prefix*`), added to the trie when new. */
  wordId(spec: string, plural: boolean, fuzzy = false, slip = true): number {
    // Plural endings only after a real word: "i"+"s" must not read as a plural of "i".
    plural &&= spec.replace('*', '').length >= 3;
    // Swapped letters only in long words of phrases: a lone term has no context to confirm it (grâce ≠ garce).
    slip &&= spec.length >= 7;
    const key = `${spec}${plural ? '' : '!'}${fuzzy ? '~' : ''}${slip ? '%' : ''}`;
    const known = this.wordIds.get(key);
    if (known !== undefined) return known;
    const id = this.wordIds.size;
    this.wordIds.set(key, id);
    // A new word may change what a known token matches.
    this.clearMemos();
    this.version++;
    this.wordTexts[id] = spec.replace('*', '');
    this.isAnchor[id] = false;
    const prefix = spec.endsWith('*');
    let node = this.root;
    for (const ch of prefix ? spec.slice(0, -1) : spec) {
      if (fuzzy) node.fuzzyBelow = true;
      if (slip) node.slipBelow = true;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { id: this.nodeCount++, next: new Map() }));
      node = child;
    }
    if (prefix) (node.prefixes ??= []).push(id);
    else (node.words ??= []).push({ id, plural, fuzzy, slip });
    return id;
  }

  /** Some phrase is indexed by word `w`: texts list it among their anchors. */
  markAnchor(w: number): void {
    if (this.isAnchor[w]) return;
    this.isAnchor[w] = true;
    this.version++;
  }

  /** Word `w` is in the current text (the one idsOf was last asked about). */
  isPresent(w: number): boolean {
    return this.marks[w] === this.stamp;
  }

  /** Word ids of every token of a text, computed once per text and shared by every matcher; marks it current. */
  idsOf(nt: NormalizedText): TextIds {
    if (this.lastText === nt && this.lastIds && this.lastIds.version === this.version) {
      this.markText(this.lastIds);
      return this.lastIds;
    }
    const toks = nt.tokens;
    const ids: number[][] = new Array(toks.length);
    // First occurrence order: the order anchors, hence candidates, are tried in.
    const present: number[] = [];
    const anchors: number[] = [];
    const here = this.nextStamp();
    const marks = this.marks;
    for (let i = 0; i < toks.length; i++) {
      const list = this.tokenWords(nt, toks[i]!, toks[i - 1]);
      ids[i] = list;
      for (const w of list) {
        if (marks[w] === here) continue;
        marks[w] = here;
        present.push(w);
        if (this.isAnchor[w]) anchors.push(w);
      }
    }
    this.lastText = nt;
    this.lastIds = { version: this.version, ids, present, anchors, stamp: here };
    return this.lastIds;
  }

  /** The step of these words (`key`), made by `make(n)` when new: equal steps are one, numbered n. */
  internStep(key: string, make: (n: number) => WordStep): WordStep {
    let st = this.steps.get(key);
    if (!st) {
      this.steps.set(key, (st = make(this.steps.size)));
      this.stepEpoch.push(-1);
      this.stepFound.push(false);
    }
    return st;
  }

  /** Whether step n is in the current text, when asked already for this text. */
  knownStep(n: number): boolean | undefined {
    return this.stepEpoch[n] === this.epoch ? this.stepFound[n] : undefined;
  }

  rememberStep(n: number, found: boolean): void {
    this.stepEpoch[n] = this.epoch;
    this.stepFound[n] = found;
  }

  /** A new stamp, with room in `marks` for every word id known so far. */
  private nextStamp(): number {
    this.epoch++;
    if (this.marks.length < this.wordTexts.length || this.stamp === 0xffffffff) {
      this.marks = new Uint32Array(this.wordTexts.length + 256);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Makes `tx` the current text of `marks` again (after another text was looked up). */
  private markText(tx: TextIds): void {
    if (tx.stamp === this.stamp) return;
    tx.stamp = this.nextStamp();
    for (const w of tx.present) this.marks[w] = tx.stamp;
  }

  private clearMemos(): void {
    // Nothing remembered yet (every word added while compiling): clearing four empty maps per new word was 4 % of
    // a `vigie check`'s profile.
    if (this.memoChars === 0) return;
    for (const m of this.memos) m.clear();
    this.memoChars = 0;
  }

  /** Word ids a token matches, through the trie (forgiving) and its elided or contracted readings. */
  private tokenWords(nt: NormalizedText, t: Token, prev: Token | undefined): number[] {
    // Words recur from comment to comment: remember what a plain token matched.
    const plain = !t.masked && t.text.length <= MEMO_TOKEN_MAX && !hasAlts(nt, t);
    if (!plain) return this.walkToken(nt, t, prev);
    const memo = this.memos[(t.apostrophe ? 1 : 0) + (prev?.apostrophe ? 2 : 0)]!;
    const known = memo.get(t.text);
    if (known) return known;
    const found = this.walkToken(nt, t, prev);
    if (memo.size >= MEMO_MAX || this.memoChars + t.text.length > MEMO_CHARS_MAX) this.clearMemos();
    memo.set(t.text, found);
    this.memoChars += t.text.length;
    return found;
  }

  private walkToken(nt: NormalizedText, t: Token, prev: Token | undefined): number[] {
    const out: number[] = [];
    walkTrie(this.root, this.nodeCount, nt, t.text, t.start, out);
    if (t.apostrophe) for (const f of ELIDED[t.text] ?? []) walkTrie(this.root, this.nodeCount, nt, f, -1, out);
    if (prev?.apostrophe) for (const f of CONTRACTED[t.text] ?? []) walkTrie(this.root, this.nodeCount, nt, f, -1, out);
    return out.length > 1 ? [...new Set(out)] : out;
  }
}
