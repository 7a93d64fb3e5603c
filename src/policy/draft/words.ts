/**
 * Words of a document as the drafter reads them: letters and digits, compared without case or accents, each with
 * its place in the original text (so a clause is quoted from the document itself, never from a folded copy).
 */
export interface Word {
  /** Folded: lower case, no accents, œ → oe. */
  text: string;
  start: number;
  end: number;
}

export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** One word of a cue: `urgen*` is any word starting with `urgen`. */
interface CueWord {
  text: string;
  prefix: boolean;
}
export interface Cue {
  /** As written in the data file, to say which cue matched. */
  source: string;
  words: CueWord[];
}

/** A cue phrase of the drafting data, compiled once: `droit* d'auteur` → [droit*, d, auteur]. */
export function compileCue(source: string): Cue {
  const ws: CueWord[] = [];
  for (const m of source.matchAll(/[\p{L}\p{N}]+\*?/gu)) {
    const prefix = m[0].endsWith('*');
    ws.push({ text: fold(prefix ? m[0].slice(0, -1) : m[0]), prefix });
  }
  if (ws.length === 0) throw new Error(`cue '${source}' has no word`);
  return { source, words: ws };
}

export interface CueHit {
  cue: Cue;
  /** Index of the first and one past the last word of the text. */
  from: number;
  to: number;
}

function matchesAt(cue: Cue, ws: readonly Word[], i: number): boolean {
  if (i + cue.words.length > ws.length) return false;
  return cue.words.every((c, k) => {
    const w = ws[i + k]!.text;
    return c.prefix ? w.startsWith(c.text) : w === c.text;
  });
}

/** Every place a cue matches, leaving out those that overlap a `not` phrase (where the word means something else). */
export function findCues(cues: readonly Cue[], ws: readonly Word[], not: readonly Cue[] = []): CueHit[] {
  const blocked = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    for (const n of not) if (matchesAt(n, ws, i)) for (let k = 0; k < n.words.length; k++) blocked.add(i + k);
  }
  const hits: CueHit[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const cue of cues) {
      if (!matchesAt(cue, ws, i)) continue;
      let clear = true;
      for (let k = 0; k < cue.words.length; k++) if (blocked.has(i + k)) clear = false;
      if (clear) hits.push({ cue, from: i, to: i + cue.words.length });
    }
  }
  return hits;
}
