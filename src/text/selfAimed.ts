// Self-mockery: "I'm such an idiot, I sent my form to the wrong office", « chu tellement épais », "not trying to
// be a jerk" call no one names; the writer says it of themself. An insult is excused when a self cue (class
// `self` of each language's classes.yml: I'm, I feel like, je suis, chu, sans vouloir être...) ends right before
// it in its sentence, with only fillers between (class `self_filler`: such, a, total, tellement, un, vraiment...).
// "I'm surrounded by idiots" is not excused: "surrounded by" is no filler.
import type { LexiconHit } from './compileLexicon.js';
import type { NormalizedText } from './normalize.js';

/** A predicate over insult hits: true when the writer says the word of themself. */
export function selfAimed(nt: NormalizedText, cues: LexiconHit[], fillers: ReadonlySet<string>): (hit: LexiconHit) => boolean {
  // Token index of each self cue's last word.
  const ends = new Set(cues.filter((h) => h.entry.list === 'self').map((h) => h.tokens[1] - 1));
  if (ends.size === 0) return () => false;
  const toks = nt.tokens;
  return (hit) => {
    // At most four fillers ("such a complete and total"): a self cue farther back speaks of something else. A
    // filler may end a cue too ("I feel like"), so every step asks.
    for (let i = hit.tokens[0] - 1, n = 0; i >= 0 && n <= 4 && !toks[i]!.sentenceEnd; i--, n++) {
      if (ends.has(i)) return true;
      if (!fillers.has(toks[i]!.text)) return false;
    }
    return false;
  };
}
