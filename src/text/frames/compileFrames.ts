// Compiles frame files into a matcher that owns its tables. Matching is one pass over the sentence's words per
// frame (a chain of partial matches, never a search back), so time is linear in the text's length.
import type { Lang, Severity } from '../../policy/types.js';
import type { NormalizedText } from '../normalize.js';
import { normalize } from '../normalize.js';
import { stemOf } from '../stem.js';
import { locate, type Frame, type FrameFile } from './frameFile.js';

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

/** A word of the text as frames see it: a normalized token or an emoji of the original. */
interface Unit {
  norm: string;
  token: number;
  span: [number, number];
  sentenceEnd: boolean;
  emoji: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const isEmojiWord = (w: string) => /^\p{Extended_Pictographic}+\uFE0F?$/u.test(w);

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
  readonly frames: { list: string; frame: Frame; sets: number[]; unless: number[] }[] = [];
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
    for (const [bare, entries] of Object.entries(file.sets)) {
      // A set no frame of this matcher names is never looked for: every rule's matcher would otherwise read the
      // whole shared vocabulary (groups, pejoratives) on every word of every text.
      if (used && !used.has(bare)) continue;
      const name = scope ? `${scope}:${bare}` : bare;
      const id = this.setIds.get(name) ?? this.setIds.size;
      this.setIds.set(name, id);
      entries.forEach((entry, i) => {
        const words = parseEntry(entry, this.lang, this.inflect);
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
          throw new Error(`${locate(path, ['frames', i, field, j])}: frame '${frame.id}': no set '${name}' (have: ${[...this.setIds.keys()].join(', ')})`);
        }
        return n;
      };
      if (frame.scope === 'text') this.hasTextScope = true;
      this.frames.push({
        list,
        frame,
        sets: frame.sets.map((s, j) => id(s, 'sets', j)),
        unless: frame.unless.map((s, j) => id(s, 'unless', j)),
      });
    });
    this.negation = this.setIds.get('negation') ?? -1;
    this.spans = [...new Set(this.frames.map((f) => f.frame.sentences))].sort((a, b) => a - b);
  }

  /** Sets whose entries match at unit `i`, with the unit after each match. */
  matchesAt(units: Unit[], i: number, out: { set: number; end: number }[]): void {
    const u = units[i]!;
    const candidates: SetEntry[] = [];
    const push = (l: SetEntry[] | undefined) => l && candidates.push(...l);
    if (u.emoji) push(this.byExact.get(u.norm));
    else {
      push(this.byExact.get(u.norm));
      push(this.byStem.get(stemOf(u.norm, this.lang)));
      for (const n of this.prefixLengths) if (u.norm.length >= n) push(this.byPrefix.get(u.norm.slice(0, n)));
    }
    for (const e of candidates) {
      let j = i;
      let ok = true;
      for (let w = 0; w < e.words.length; w++, j++) {
        const unit = units[j];
        if (!unit || (w > 0 && units[j - 1]!.sentenceEnd) || !this.wordMatches(e.words[w]!, unit)) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ set: e.set, end: j });
    }
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
        // Which sets match at each unit, sentence by sentence.
        const at: { set: number; end: number }[][] = units.map(() => []);
        units.forEach((_, i) => lf.matchesAt(units, i, at[i]!));
        // Sentence bounds, then every frame over each window of as many sentences as it may span: each unit is
        // read at most (largest span) times per frame, so the pass stays linear in the text's length.
        const bounds: number[] = [0];
        for (let i = 0; i < units.length; i++) if (units[i]!.sentenceEnd || i === units.length - 1) bounds.push(i + 1);
        for (const n of lf.spans) {
          for (let s = 0; s + 1 < bounds.length; s++) {
            // A window of n sentences; shorter at the text's end only when the text has fewer than n.
            const e = Math.min(s + n, bounds.length - 1);
            if (n > 1 && e - s < n && s > 0) break;
            matchSentence(lf, units, at, bounds[s]!, bounds[e]!, hits, n, words);
          }
        }
        if (lf.hasTextScope) matchSentence(lf, units, at, 0, units.length, hits, 0, words);
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
 * Every frame over the units [from, to): a window of `span` sentences for the frames that span that many, or
 * (span 0) the whole text for the frames of `scope: text`.
 */
function matchSentence(
  lf: LanguageFrames,
  units: Unit[],
  at: { set: number; end: number }[][],
  from: number,
  to: number,
  hits: FrameHit[],
  span: number,
  words: { firstWord: number; lastWord: number },
): void {
  const present = new Set<number>();
  for (let i = from; i < to; i++) for (const m of at[i]!) present.add(m.set);
  for (const f of lf.frames) {
    if (span === 0 ? f.frame.scope !== 'text' : f.frame.scope === 'text' || f.frame.sentences !== span) continue;
    if (!f.sets.every((s) => present.has(s)) || f.unless.some((s) => present.has(s))) continue;
    const k = f.sets.length;
    // chain[j]: the latest partial match of sets 0..j — where it started, the last word of its first set's match
    // (`within` counts from there, so that a long entry such as « le monde sur l'aide sociale » or « va donc te
    // coucher » does not use up the distance by itself), and the unit after its last word.
    const chain: ({ first: number; anchor: number; next: number } | undefined)[] = new Array(k).fill(undefined);
    const seen: ({ first: number; next: number } | undefined)[] = new Array(k).fill(undefined);
    for (let i = from; i < to; i++) {
      for (const m of at[i]!) {
        for (let j = k - 1; j >= 0; j--) {
          if (f.sets[j] !== m.set) continue;
          if (f.frame.anyOrder) {
            seen[j] = { first: i, next: m.end };
            if (seen.every(Boolean)) {
              const first = Math.min(...seen.map((s) => s!.first));
              if (i - first <= f.frame.within) emit(lf, f, units, at, first, Math.max(...seen.map((s) => s!.next)), from, hits, words);
            }
            continue;
          }
          if (j === 0) chain[0] = { first: i, anchor: m.end - 1, next: m.end };
          else {
            const prev = chain[j - 1];
            if (!prev || prev.next > i || i - prev.anchor > f.frame.within) continue;
            chain[j] = { first: prev.first, anchor: prev.anchor, next: m.end };
          }
          if (j === k - 1) emit(lf, f, units, at, chain[j]!.first, chain[j]!.next, from, hits, words);
        }
      }
    }
  }
}

function emit(
  lf: LanguageFrames,
  f: LanguageFrames['frames'][number],
  units: Unit[],
  at: { set: number; end: number }[][],
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
      for (const m of at[i]!) if (m.set !== lf.negation && f.sets.includes(m.set) && m.end > i + 1) ownUntil = Math.max(ownUntil, m.end);
      if (i >= ownUntil && at[i]!.some((m) => m.set === lf.negation)) return;
    }
  }
  const a = units[first]!;
  const b = units[next - 1]!;
  hits.push({ lang: lf.lang, list: f.list, frame: f.frame, tokens: [a.token, b.emoji ? b.token : b.token + 1], span: [a.span[0], b.span[1]] });
}
