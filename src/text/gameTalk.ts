// Sports talk: « on les a massacrés 6-1 en finale », "we destroyed them 5-0 at the hockey game", « on va les
// planter samedi au tournoi » beat the other team, they threaten no one. A threat hit is excused when the text
// talks of a game (class `sport` of each language's classes.yml: tournoi, finale, hockey, goalie...), the hit's
// own words aim at "them" (class `sport_them`: les, them, eux), and its sentence names no one addressed or singled
// out and no group (classes `sport_you` and the groups: te, vous, him, maire, arbitre, immigrants...): « je vais
// te tuer après le match » and "those immigrants at the hockey game, we'll kill them" stay threats.
import type { LexiconHit } from './compileLexicon.js';
import type { NormalizedText } from './normalize.js';

export interface GameWords {
  them: ReadonlySet<string>;
  /** Words that keep a threat a threat anywhere in its sentence: a person addressed or named, a group. */
  blockers: ReadonlySet<string>;
}

/** A predicate over threat hits: true when the text talks of a game and the hit aims only at the other team. */
export function gameTalk(nt: NormalizedText, cues: LexiconHit[], words: GameWords): (hit: LexiconHit) => boolean {
  if (!cues.some((h) => h.entry.list === 'sport')) return () => false;
  const toks = nt.tokens;
  return (hit) => {
    let them = false;
    for (let i = hit.tokens[0]; i < hit.tokens[1]; i++) if (words.them.has(toks[i]!.text)) them = true;
    if (!them) return false;
    let start = hit.tokens[0];
    while (start > 0 && !toks[start - 1]!.sentenceEnd) start--;
    for (let i = start; i < toks.length; i++) {
      if (words.blockers.has(toks[i]!.text)) return false;
      if (toks[i]!.sentenceEnd) break;
    }
    return true;
  };
}
