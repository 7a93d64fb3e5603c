// Counter-speech: people who quote or report abuse to condemn it ("arrête de traiter les gens de ...",
// statements like "..." are hurtful) must not be flagged as its authors. A hit is excused when it is quoted or
// follows a report cue in its sentence, AND the text condemns (a condemnation word, or a negated report:
// "I never said that...", « vous ne pouvez pas croire que... »). The cue words are data: the `report` and
// `condemn` classes of each language's classes.yml.
import type { LexiconHit, LexiconMatcher } from './compileLexicon.js';
import type { NormalizedText, Token } from './normalize.js';

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›' };
// "can" and "won" alone are not negations ("can you call me back", "I won"): their "n't" forms are read by the 't' check below.
const NEGATIONS = new Set(['ne', 'pas', 'jamais', 'never', 'not', 'no', 'didn', 'don', 'cannot']);
const REPORT_REACH = 10;

/** [start, end) ranges of the original text that stand between quotation marks. */
export function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let openAt = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (openAt < 0) {
      if (c === '"') [openAt, closer] = [i, '"'];
      else if (OPEN_CLOSE[c]) [openAt, closer] = [i, OPEN_CLOSE[c]!];
    } else if (c === closer || (closer === '”' && c === '"')) {
      out.push([openAt, i + 1]);
      openAt = -1;
    }
  }
  return out;
}

function negatedBefore(toks: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    if (toks[i]!.sentenceEnd) return false;
    const t = toks[i]!;
    if (NEGATIONS.has(t.text) || (t.text === 'n' && t.apostrophe) || (t.text === 't' && toks[i - 1]?.apostrophe)) return true;
  }
  return false;
}

/**
 * A predicate over hits: true when the hit is quoted or reported in a text that condemns it. It reads only a hit's
 * place, so the learned detector asks it about the words that weigh most in its score.
 */
export function counterSpeech(nt: NormalizedText, cues: LexiconMatcher): (hit: Pick<LexiconHit, 'span' | 'tokens'>) => boolean {
  const found = cues.match(nt);
  // "who wrote this", « écrit par »: the cue names an author, not a quotation (class `authored`).
  const authored = new Set(found.filter((h) => h.entry.list === 'authored').map((h) => h.tokens[0]));
  const reports = found
    .filter((h) => h.entry.list === 'report' && !authored.has(h.tokens[0]))
    .map((h) => h.tokens[0])
    .sort((a, b) => a - b);
  const condemned = found.some((h) => h.entry.list === 'condemn') || reports.some((r) => negatedBefore(nt.tokens, r));
  if (!condemned) return () => false;
  const quotes = quoteRanges(nt.original);
  const toks = nt.tokens;
  // Quotes are disjoint and in order, and so are report cues: each hit looks up only the nearest one before it
  // (scanning them all for every hit was quadratic on a text that repeats a quoted word).
  return (hit) => {
    const q = quotes[lastAtOrBefore(quotes, (x) => x[0], hit.span[0])];
    if (q && hit.span[1] <= q[1]) return true;
    // The nearest cue before the hit's last word: a frame may start before its own cue ("how hateful you are
    // being when calling gay people trash", « il a dit que c'était "..." »). When a farther cue would do, so does
    // the nearest (its stretch lies inside).
    const start = hit.tokens[0];
    const last = Math.max(start, hit.tokens[1] - 1);
    const r = reports[lastAtOrBefore(reports, (x) => x, last - 1)];
    if (r === undefined) return false;
    if (r >= start) return true;
    if (start - r > REPORT_REACH) return false;
    for (let i = r; i < start; i++) if (toks[i]!.sentenceEnd) return false;
    return true;
  };
}

/** Index of the last item of `sorted` (ascending by `key`) whose key is ≤ `at`; -1 when there is none. */
function lastAtOrBefore<T>(sorted: T[], key: (x: T) => number, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
