// Compiles frame files into a matcher that owns its tables. Matching is one pass over the sentence's words per
// frame (a chain of partial matches, never a search back), so time is linear in the text's length.
import { createHash } from 'node:crypto';
import type { Lang, Severity } from '../../policy/types.js';
import type { NormalizedText } from '../normalize.js';
import { normalize } from '../normalize.js';
import { stemOf } from '../stem.js';
import { locate, type Frame, type FrameFile } from './frameFile.js';
import { diskCache } from '../../diskCache.js';

export interface FrameSource {
  lang: Lang;
  list: string;
  /** The file's path, for errors that point at a line. */
  path: string;
  file: FrameFile;
  /** Sets shared by every frame file of the language (frames/sets.yml). */
  shared?: { path: string; file: FrameFile };
}

export interface FrameHit {
  lang: Lang;
  list: string;
  frame: Frame;
  /** Token range [first, last) in the normalized text (an emoji counts as the token after it). */
  tokens: [number, number];
  /** [start, end) in the original text. */
  span: [number, number];
}

export interface FrameMatcher {
  match(nt: NormalizedText): FrameHit[];
}

type Word = { kind: 'exact' | 'prefix' | 'emoji'; value: string } | { kind: 'stem'; value: string; stems: Set<string> };
/** Endings that make a word's inflected forms (frames/sets.yml `inflect`): `from` at the end becomes each `to`. */
export type Inflection = { from: string; to: string[] };
interface SetEntry {
  set: number;
  words: Word[];
}
const NO_ENTRIES: readonly SetEntry[] = [];

/** What one word of a text starts in a language's sets (see LanguageFrames.startsOf). */
interface Starts {
  /** The entries whose first word it is, in table order. */
  entries: readonly SetEntry[];
  /** The sets of those entries, each once. */
  sets: readonly number[];
  /** Those of one word: all that can match when no word follows in the sentence. */
  alone: readonly SetEntry[];
  /** Some entry has more words. */
  longer: boolean;
  /** By the word after it: the entries that match up to that second word (see thenOf). */
  then: Map<string, readonly SetEntry[]>;
}
const NO_STARTS: Starts = { entries: [], sets: [], alone: [], longer: false, then: new Map() };

/** A frame with its set names made numbers. */
interface CompiledFrame {
  list: string;
  frame: Frame;
  sets: number[];
  unless: number[];
}

/**
 * Where set entries match in one text, unit by unit: the matches at unit i are k in [from[i], from[i + 1]), each
 * of set `set[k]`, ending before unit `end[k]`. Flat arrays instead of an object per match and an array per unit:
 * fewer allocations per check.
 */
interface Matches {
  from: number[];
  set: number[];
  end: number[];
}

// The word memo of each language's frames (startsOf) is bounded as the vocabulary's token memo is: in entries,
// in characters, and a word longer than any entry is never remembered.
const MEMO_MAX = 50_000;
const MEMO_TOKEN_MAX = 64;
const MEMO_CHARS_MAX = 1_000_000;

/** A word of the text as frames see it: a normalized token or an emoji of the original. */
interface Unit {
  norm: string;
  token: number;
  span: [number, number];
  sentenceEnd: boolean;
  emoji: boolean;
}

// Symbols that say something by themselves, which normalizing drops: emoji, and the triple parentheses that mark
// a name as Jewish in antisemitic writing ("(((them)))", the "echo"). Each is a word of its own for frames.
const EMOJI = /\p{Extended_Pictographic}|\({3}/gu;
const isEmojiWord = (w: string) => /^(?:\p{Extended_Pictographic}+\uFE0F?|\({3})$/u.test(w);

/** An entry's words, normalized as texts are (accents folded, hyphens and elisions split), each with its kind. */
function parseEntry(entry: string, lang: Lang, inflect: Inflection[]): Word[] {
  const words: Word[] = [];
  for (const raw of entry.trim().split(/\s+/)) {
    if (isEmojiWord(raw)) {
      words.push({ kind: 'emoji', value: raw.replace(/\uFE0F/g, '') });
      continue;
    }
    const exact = raw.startsWith('=');
    const prefix = raw.endsWith('*');
    const toks = normalize(raw.slice(exact ? 1 : 0, prefix ? -1 : undefined)).tokens.map((t) => t.text);
    toks.forEach((t, i) => {
      if (prefix && i === toks.length - 1) words.push({ kind: 'prefix', value: t });
      else if (exact) words.push({ kind: 'exact', value: t });
      else words.push({ kind: 'stem', value: t, stems: stemsOf(t, lang, inflect) });
    });
  }
  return words;
}

/** A Word as plain data (stems as an array), as the disk cache keeps it. */
type StoredWord = { kind: 'exact' | 'prefix' | 'emoji'; value: string } | { kind: 'stem'; value: string; stems: string[] };

const revive = (w: StoredWord): Word => (w.kind === 'stem' ? { kind: 'stem', value: w.value, stems: new Set(w.stems) } : w);

/**
 * Every entry of every set of a frame file, parsed: normalizing and stemming each word (and its inflected forms)
 * was most of compiling the frames — 3.0 of 5.2 s of wall time compiling one policy's rules under load — so the
 * result is plain data kept by diskCache under a digest of the sets, the language and the inflections it reads.
 * All sets are parsed, used by this matcher or not: another rule's matcher reads the same file's other sets.
 */
function parsedSets(path: string, file: FrameFile, lang: Lang, inflect: Inflection[]): Record<string, StoredWord[][]> {
  const kind = `framesets.${createHash('sha256').update(`${path}\n${lang}`).digest('hex').slice(0, 12)}`;
  return diskCache.once(kind, [JSON.stringify([path, lang, file.sets, inflect])], () => {
    const out: Record<string, StoredWord[][]> = {};
    for (const [name, entries] of Object.entries(file.sets)) {
      out[name] = entries.map((entry) => parseEntry(entry, lang, inflect).map((w) => (w.kind === 'stem' ? { ...w, stems: [...w.stems] } : w)));
    }
    return out;
  });
}

/**
 * The stems of a word's inflected forms. The stemmer alone is not enough on accent-folded words (« etranger »
 * and « etrangers » get different stems), so the entry's own forms are stemmed and a text's word matches when
 * its stem is one of them.
 */
function stemsOf(word: string, lang: Lang, inflect: Inflection[]): Set<string> {
  const forms = new Set([word]);
  for (const { from, to } of inflect) {
    // Short words (pas, nul) would take on forms of other words (pass-er): they stand for themselves only.
    if (word.length < 4 || !word.endsWith(from) || word.length - from.length < 2) continue;
    for (const end of to) forms.add(word.slice(0, word.length - from.length) + end);
  }
  return new Set([...forms].map((f) => stemOf(f, lang)));
}

/** The frames of one language: its sets indexed by first word, its frames with set names made numbers. */
class LanguageFrames {
  readonly setIds = new Map<string, number>();
  readonly byStem = new Map<string, SetEntry[]>();
  readonly byExact = new Map<string, SetEntry[]>();
  readonly byPrefix = new Map<string, SetEntry[]>();
  readonly prefixLengths = new Set<number>();
  readonly frames: CompiledFrame[] = [];
  /** The frames of each `sentences` value (scope: sentence), and those of scope: text, each in file order. */
  readonly bySpan = new Map<number, CompiledFrame[]>();
  readonly textFrames: CompiledFrame[] = [];
  negation = -1;
  hasTextScope = false;
  inflect: Inflection[] = [];
  /** The distinct `sentences` values of the frames, smallest first. */
  spans: number[] = [];

  constructor(readonly lang: Lang) {}

  /**
   * A list's own sets are its own: `scope` (the list's name) keeps two files' sets of the same name apart, so that
   * the threat file's `target` never widens the media file's. The shared sets.yml has no scope.
   */
  addSets(path: string, file: FrameFile, scope?: string, used?: Set<string>): void {
    let sets: Record<string, StoredWord[][]> | undefined;
    for (const [bare, entries] of Object.entries(file.sets)) {
      // A set no frame of this matcher names is never looked for: every rule's matcher would otherwise read the
      // whole shared vocabulary (groups, pejoratives) on every word of every text.
      if (used && !used.has(bare)) continue;
      const name = scope ? `${scope}:${bare}` : bare;
      const id = this.setIds.get(name) ?? this.setIds.size;
      this.setIds.set(name, id);
      const parsed = (sets ??= parsedSets(path, file, this.lang, this.inflect))[bare]!;
      entries.forEach((entry, i) => {
        const words = parsed[i]!.map(revive);
        if (words.length === 0 || words.some((w) => w.value === '')) {
          throw new Error(`${locate(path, ['sets', name, i])}: '${entry}': no word in this entry`);
        }
        const e: SetEntry = { set: id, words };
        const first = words[0]!;
        if (first.kind === 'prefix') this.prefixLengths.add(first.value.length);
        const keys = first.kind === 'stem' ? [...first.stems] : [first.value];
        const table = first.kind === 'prefix' ? this.byPrefix : first.kind === 'stem' ? this.byStem : this.byExact;
        for (const key of keys) {
          const list = table.get(key);
          if (list) list.push(e);
          else table.set(key, [e]);
        }
      });
    }
  }

  addFrames(list: string, path: string, file: FrameFile): void {
    file.frames.forEach((frame, i) => {
      const id = (name: string, field: string, j: number) => {
        const n = this.setIds.get(`${list}:${name}`) ?? this.setIds.get(name);
        if (n === undefined) {
          throw new Error(
            `${locate(path, ['frames', i, field, j])}: frame '${frame.id}': no set '${name}' (have: ${[...this.setIds.keys()].join(', ')})`,
          );
        }
        return n;
      };
      if (frame.scope === 'text') this.hasTextScope = true;
      const f: CompiledFrame = {
        list,
        frame,
        sets: frame.sets.map((s, j) => id(s, 'sets', j)),
        unless: frame.unless.map((s, j) => id(s, 'unless', j)),
      };
      this.frames.push(f);
      if (frame.scope === 'text') this.textFrames.push(f);
      else {
        const same = this.bySpan.get(frame.sentences);
        if (same) same.push(f);
        else this.bySpan.set(frame.sentences, [f]);
      }
    });
    this.negation = this.setIds.get('negation') ?? -1;
    this.spans = [...new Set(this.frames.map((f) => f.frame.sentences))].sort((a, b) => a - b);
  }

  /**
   * The entries whose first word is this word, in the order the tables give them (exact, stem, prefixes), keyed
   * by the word: texts reuse few words, and looking a word up in every table (its stem, a slice per prefix length)
   * was the dearest part of matching frames, 15 % of a check's profile.
   */
  private startsOf(u: Unit): Starts {
    if (u.emoji || u.norm.length > MEMO_TOKEN_MAX) return this.startsIn(u);
    let known = this.starts.get(u.norm);
    if (known === undefined) {
      known = this.startsIn(u);
      this.remember(u.norm.length);
      this.starts.set(u.norm, known);
    }
    return known;
  }

  /**
   * The entries of `st` that match with `next` as the word after the first one: those of one word, and those
   * whose second word `next` is. Remembered by that word too: an entry's later words were checked one by one
   * against the text (« =je vais », « =a coups de », « =avec mon »...), a third of the time left in frames.
   */
  private thenOf(st: Starts, next: Unit): readonly SetEntry[] {
    if (next.emoji || next.norm.length > MEMO_TOKEN_MAX) return this.thenIn(st, next);
    let known = st.then.get(next.norm);
    if (known === undefined) {
      known = this.thenIn(st, next);
      this.remember(next.norm.length);
      st.then.set(next.norm, known);
    }
    return known;
  }

  /** Counts a memo entry of `chars` characters, and empties the memo first when it would grow past its bounds. */
  private remember(chars: number): void {
    if (this.memoEntries >= MEMO_MAX || this.memoChars + chars > MEMO_CHARS_MAX) {
      this.starts.clear();
      this.memoEntries = 0;
      this.memoChars = 0;
    }
    this.memoEntries++;
    this.memoChars += chars;
  }

  private readonly starts = new Map<string, Starts>();
  /** Workspace of matchAll: possible[set] / needed[set] === stamp during one call. Sized once the sets are known. */
  private possible = new Uint32Array(0);
  private needed = new Uint32Array(0);
  private stamp = 0;

  /** Sizes the workspace for every set (called once the frames are added). */
  ready(): void {
    this.possible = new Uint32Array(this.setIds.size);
    this.needed = new Uint32Array(this.setIds.size);
    this.inText = new Uint32Array(this.setIds.size);
    this.present = new Uint32Array(this.setIds.size);
    this.stamp = 0;
  }

  /** Workspace of match: the sets of the current text, and of the current window (see match). */
  inText = new Uint32Array(0);
  present = new Uint32Array(0);
  private textStamp = 0;
  /** The last window's stamp; a text has fewer windows than 2^31, so restarting below that leaves room for one. */
  windowStamp = 0;

  nextTextStamp(): number {
    if (this.textStamp >= 0xfffffffe || this.windowStamp >= 0x7fffffff) {
      this.inText.fill(0);
      this.present.fill(0);
      this.textStamp = 0;
      this.windowStamp = 0;
    }
    return ++this.textStamp;
  }
  private memoEntries = 0;
  private memoChars = 0;

  private startsIn(u: Unit): Starts {
    const candidates: SetEntry[] = [];
    const push = (l: SetEntry[] | undefined) => l && candidates.push(...l);
    if (u.emoji) push(this.byExact.get(u.norm));
    else {
      push(this.byExact.get(u.norm));
      push(this.byStem.get(stemOf(u.norm, this.lang)));
      for (const n of this.prefixLengths) if (u.norm.length >= n) push(this.byPrefix.get(u.norm.slice(0, n)));
    }
    const entries = candidates.filter((e) => this.wordMatches(e.words[0]!, u));
    if (entries.length === 0) return NO_STARTS;
    const alone = entries.filter((e) => e.words.length === 1);
    return {
      entries,
      sets: [...new Set(entries.map((e) => e.set))],
      alone: alone.length > 0 ? alone : NO_ENTRIES,
      longer: alone.length < entries.length,
      then: new Map(),
    };
  }

  private thenIn(st: Starts, next: Unit): readonly SetEntry[] {
    const out = st.entries.filter((e) => e.words.length === 1 || this.wordMatches(e.words[1]!, next));
    return out.length > 0 ? out : NO_ENTRIES;
  }

  /**
   * Every place a set's entry matches in the units, unit by unit (see Matches), for the sets that a frame may
   * read in this text; undefined when no frame can match. A frame needs a word of each of its sets, so a set
   * whose entries start nowhere in the text rules its frames out: the others' sets (and their `unless` sets, and
   * the negations) are all that is matched, in the same order as when every set was. Most texts rule out most
   * frames by their first words alone, without reading any entry's later words.
   */
  matchAll(units: Unit[]): Matches | undefined {
    // The sets' marks are a workspace of the matcher, stamped per call (checks are synchronous): two typed arrays
    // allocated per text and language cost more than the frames they ruled out.
    if (this.stamp >= 0xfffffffe) {
      this.possible.fill(0);
      this.needed.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { possible, needed } = this;
    const starts: Starts[] = new Array(units.length);
    let some = false;
    for (let i = 0; i < units.length; i++) {
      const st = (starts[i] = this.startsOf(units[i]!));
      for (const s of st.sets) possible[s] = stamp;
      some ||= st.sets.length > 0;
    }
    if (!some) return undefined;
    let live = false;
    frames: for (const f of this.frames) {
      for (const s of f.sets) if (possible[s] !== stamp) continue frames;
      live = true;
      for (const s of f.sets) needed[s] = stamp;
      for (const s of f.unless) needed[s] = stamp;
    }
    if (!live) return undefined;
    if (this.negation >= 0) needed[this.negation] = stamp;
    const from: number[] = [];
    const set: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < units.length; i++) {
      from.push(set.length);
      const st = starts[i]!;
      let wanted = false;
      for (const s of st.sets) if (needed[s] === stamp) wanted = true;
      if (!wanted) continue;
      const u = units[i]!;
      // An entry's second word must be the next unit's, in the same sentence.
      const next = units[i + 1];
      const found = !st.longer || !next || u.sentenceEnd ? st.alone : this.thenOf(st, next);
      for (const e of found) {
        if (needed[e.set] !== stamp) continue;
        const words = e.words;
        let j = i + 2;
        let ok = true;
        for (let w = 2; w < words.length; w++, j++) {
          const unit = units[j];
          if (!unit || units[j - 1]!.sentenceEnd || !this.wordMatches(words[w]!, unit)) {
            ok = false;
            break;
          }
        }
        if (ok) {
          set.push(e.set);
          end.push(words.length === 1 ? i + 1 : j);
        }
      }
    }
    from.push(set.length);
    return { from, set, end };
  }

  private wordMatches(w: Word, u: Unit): boolean {
    switch (w.kind) {
      case 'emoji':
        return u.emoji && u.norm === w.value;
      case 'exact':
        return u.norm === w.value;
      case 'prefix':
        return !u.emoji && u.norm.startsWith(w.value);
      case 'stem':
        return !u.emoji && w.stems.has(stemOf(u.norm, this.lang));
    }
  }
}

/** The text's words and emoji in order, each with its span in the original text. */
function unitsOf(nt: NormalizedText): Unit[] {
  const units: Unit[] = nt.tokens.map((t, i) => ({
    norm: t.text,
    token: i,
    span: nt.span(t.start, t.end),
    sentenceEnd: t.sentenceEnd,
    emoji: false,
  }));
  const emoji = [...nt.original.matchAll(EMOJI)];
  if (emoji.length === 0) return units;
  const all: Unit[] = [];
  let k = 0;
  for (const m of emoji) {
    const at = m.index;
    while (k < units.length && units[k]!.span[0] < at) all.push(units[k++]!);
    all.push({ norm: m[0], token: k, span: [at, at + m[0].length], sentenceEnd: false, emoji: true });
  }
  while (k < units.length) all.push(units[k++]!);
  return all;
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export function compileFrames(sources: FrameSource[]): FrameMatcher {
  const byLang = new Map<Lang, LanguageFrames>();
  const used = new Set<string>(['negation']);
  for (const s of sources) for (const f of s.file.frames) for (const n of [...f.sets, ...f.unless]) used.add(n);
  for (const s of sources) {
    let lf = byLang.get(s.lang);
    if (!lf) {
      byLang.set(s.lang, (lf = new LanguageFrames(s.lang)));
      lf.inflect = s.shared?.file.inflect ?? [];
      if (s.shared) lf.addSets(s.shared.path, s.shared.file, undefined, used);
    }
    lf.addSets(s.path, s.file, s.list, used);
  }
  for (const s of sources) byLang.get(s.lang)!.addFrames(s.list, s.path, s.file);
  for (const lf of byLang.values()) lf.ready();

  return {
    match(nt) {
      const units = unitsOf(nt);
      const hits: FrameHit[] = [];
      // The text's first and last words (emoji aside), for the frames that must be the whole text (`alone`).
      let firstWord = -1;
      let lastWord = -1;
      units.forEach((u, i) => {
        if (u.emoji) return;
        if (firstWord < 0) firstWord = i;
        lastWord = i;
      });
      const words = { firstWord, lastWord };
      for (const lf of byLang.values()) {
        if (lf.frames.length === 0) continue;
        // Which sets match at each unit. No set anywhere: no frame can match (a frame names one set at least).
        const at = lf.matchAll(units);
        if (!at || at.set.length === 0) continue;
        // Sets of the whole text: a frame that lacks one in the text lacks it in every window (most frames do).
        // The matcher's workspace, stamped: inText[set] === textStamp for this text's sets, present[set] === stamp
        // while one window is read.
        const { inText, present } = lf;
        const textStamp = lf.nextTextStamp();
        for (const s of at.set) inText[s] = textStamp;
        const live = (fs: CompiledFrame[] | undefined) => (fs ?? []).filter((f) => f.sets.every((s) => inText[s] === textStamp));
        let stamp = lf.windowStamp;
        // Sentence bounds, then every frame over each window of as many sentences as it may span: each unit is
        // read at most (largest span) times per frame, so the pass stays linear in the text's length.
        const bounds: number[] = [0];
        for (let i = 0; i < units.length; i++) if (units[i]!.sentenceEnd || i === units.length - 1) bounds.push(i + 1);
        for (const n of lf.spans) {
          const frames = live(lf.bySpan.get(n));
          if (frames.length === 0) continue;
          for (let s = 0; s + 1 < bounds.length; s++) {
            // A window of n sentences; shorter at the text's end only when the text has fewer than n.
            const e = Math.min(s + n, bounds.length - 1);
            if (n > 1 && e - s < n && s > 0) break;
            matchSentence(lf, frames, units, at, bounds[s]!, bounds[e]!, hits, present, ++stamp, words);
          }
        }
        if (lf.hasTextScope) {
          const frames = live(lf.textFrames);
          if (frames.length > 0) matchSentence(lf, frames, units, at, 0, units.length, hits, present, ++stamp, words);
        }
        lf.windowStamp = stamp;
      }
      // One hit per place and list: the most severe frame wins.
      const best = new Map<string, FrameHit>();
      for (const h of hits) {
        const key = `${h.list}:${h.span[0]}:${h.span[1]}`;
        const prev = best.get(key);
        if (!prev || RANK[h.frame.severity] > RANK[prev.frame.severity]) best.set(key, h);
      }
      return [...best.values()].sort((a, b) => a.span[0] - b.span[0]);
    },
  };
}

/**
 * `frames` (those of one `sentences` value, or of scope: text) over the units [from, to): a window of that many
 * sentences, or the whole text. `present` is scratch space of the call: present[set] === stamp marks the sets
 * that match in this window.
 */
function matchSentence(
  lf: LanguageFrames,
  frames: CompiledFrame[],
  units: Unit[],
  at: Matches,
  from: number,
  to: number,
  hits: FrameHit[],
  present: Uint32Array,
  stamp: number,
  words: { firstWord: number; lastWord: number },
): void {
  const { from: first0, set: mSet, end: mEnd } = at;
  const kFrom = first0[from]!;
  const kTo = first0[to]!;
  if (kFrom === kTo) return;
  for (let k = kFrom; k < kTo; k++) present[mSet[k]!] = stamp;
  for (const f of frames) {
    if (!f.sets.every((s) => present[s] === stamp) || f.unless.some((s) => present[s] === stamp)) continue;
    const sets = f.sets;
    const n = sets.length;
    const within = f.frame.within;
    // chain[j]: the latest partial match of sets 0..j — where it started, the last word of its first set's match
    // (`within` counts from there, so that a long entry such as « le monde sur l'aide sociale » or « va donc te
    // coucher » does not use up the distance by itself), and the unit after its last word (-1: none yet).
    const chainFirst: number[] = new Array(n).fill(-1);
    const chainAnchor: number[] = new Array(n).fill(-1);
    const chainNext: number[] = new Array(n).fill(-1);
    // anyOrder: where each set was last seen (-1: not yet), and how many have been.
    const seenFirst: number[] = new Array(n).fill(-1);
    const seenNext: number[] = new Array(n).fill(-1);
    let seenCount = 0;
    for (let i = from; i < to; i++) {
      const kEnd = first0[i + 1]!;
      for (let k = first0[i]!; k < kEnd; k++) {
        const set = mSet[k]!;
        const end = mEnd[k]!;
        for (let j = n - 1; j >= 0; j--) {
          if (sets[j] !== set) continue;
          if (f.frame.anyOrder) {
            if (seenNext[j] === -1) seenCount++;
            seenFirst[j] = i;
            seenNext[j] = end;
            if (seenCount === n) {
              let start = seenFirst[0]!;
              let stop = seenNext[0]!;
              for (let q = 1; q < n; q++) {
                start = Math.min(start, seenFirst[q]!);
                stop = Math.max(stop, seenNext[q]!);
              }
              if (i - start <= within) emit(lf, f, units, at, start, stop, from, hits, words);
            }
            continue;
          }
          if (j === 0) {
            chainFirst[0] = i;
            chainAnchor[0] = end - 1;
            chainNext[0] = end;
          } else {
            const prevNext = chainNext[j - 1]!;
            if (prevNext === -1 || prevNext > i || i - chainAnchor[j - 1]! > within) continue;
            chainFirst[j] = chainFirst[j - 1]!;
            chainAnchor[j] = chainAnchor[j - 1]!;
            chainNext[j] = end;
          }
          if (j === n - 1) emit(lf, f, units, at, chainFirst[j]!, chainNext[j]!, from, hits, words);
        }
      }
    }
  }
}

function emit(
  lf: LanguageFrames,
  f: CompiledFrame,
  units: Unit[],
  at: Matches,
  first: number,
  next: number,
  sentenceStart: number,
  hits: FrameHit[],
  words: { firstWord: number; lastWord: number },
): void {
  if (f.frame.alone && words.firstWord >= 0 && (words.firstWord < first || words.lastWord >= next)) return;
  if (f.frame.negatable && lf.negation >= 0) {
    // The sentence's matches are already known (`at`): a negation is one of them, not a new look-up. A negation
    // that is part of one of the frame's own words (« une gang de pas bons », « pas de colonne ») negates nothing.
    let ownUntil = -1;
    for (let i = Math.max(sentenceStart, first - 3); i < next; i++) {
      let negation = false;
      for (let k = at.from[i]!; k < at.from[i + 1]!; k++) {
        const set = at.set[k]!;
        if (set === lf.negation) negation = true;
        else if (f.sets.includes(set) && at.end[k]! > i + 1) ownUntil = Math.max(ownUntil, at.end[k]!);
      }
      if (i >= ownUntil && negation) return;
    }
  }
  const a = units[first]!;
  const b = units[next - 1]!;
  hits.push({ lang: lf.lang, list: f.list, frame: f.frame, tokens: [a.token, b.emoji ? b.token : b.token + 1], span: [a.span[0], b.span[1]] });
}
