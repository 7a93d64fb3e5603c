/**
 * `detector: defamation` — accusing an identifiable person of a crime or misconduct: an accusation from the
 * lexicon lists (`lists`, e.g. `defamation`: voleur, fraudeur, a volé, pots-de-vin...) or from their frames (a
 * wrongdoing told as a verb, a noun or an idiom: « se sert dans la caisse », « a donné le contrat à son cousin »,
 * "rigged", "takes cash from developers"), in a sentence of any length that also names or designates a person (a
 * title from `titles` such as « le maire », an honorific and a name, a first and last name, an @mention).
 * Criticism of an institution ("le ministère est incompétent") names no one.
 *
 * Stated as fact only: a frame in a question (« le contrat a-t-il été donné à son cousin? ») asks, it does not
 * accuse; and a sentence that reports a court's or an inquiry's finding with its source (a frame whose id starts
 * with `reported-`: « reconnu coupable par la Cour du Québec ») reports, it does not accuse.
 */
import { z } from 'zod';
import type { Detector, Hit } from './Detector.js';
import { DEFAULT_LEXICON_DIR, frameHitsOf, matcherFor, normalizedOf, sharedFrames } from './lexicon.js';
import { wordRegex } from './wordRegex.js';
import { asLexiconHit } from '../../text/frames/framesFor.js';

const params = z
  .object({
    lists: z
      .array(z.string().regex(/^[a-z][a-z0-9_-]*$/))
      .min(1)
      .default(['defamation']),
    /** Words that designate one person: maire, ministre, directrice, agent, mayor, councillor... */
    titles: z.array(z.string().min(2)).min(1),
  })
  .strict();
type Params = z.infer<typeof params>;

const HONORIFIC = /(?<![\p{L}])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dre|Me|monsieur|madame|docteur|docteure)\s+\p{Lu}\p{Ll}+/u;
// Two capitalized words that are not sentence furniture ("Le Ministère", "The City") read as a person's name.
const FURNITURE = new Set(
  'Le La Les L Un Une Des Du De Ce Cette Ces Mon Ma Mes Ton Ta Votre Vos Notre Nos Leur Leurs Son Sa Ses Et Mais Ou Si Quand Pour Par Avec The A An This That Our Your Their His Her Its And But Or If When For With Ville City Ministère Ministry Bureau Office Gouvernement Government Conseil Council Québec Ontario Canada Baie Comeau Senneterre Ombudsman Facebook Merci Bonjour Hello Thanks Everybody Everyone Tout Tous'.split(
    ' ',
  ),
);
const NAME_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:[\s-]+)(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const MENTION = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/u;

function namesSomeone(part: string): boolean {
  if (HONORIFIC.test(part) || MENTION.test(part)) return true;
  for (const m of part.matchAll(NAME_PAIR)) if (!FURNITURE.has(m[1]!) && !FURNITURE.has(m[2]!)) return true;
  return false;
}

// A period after an honorific or an initial (« M. Roy », "Dr. Kaminski", « J. Roy ») does not end the sentence.
const ABBREVIATION = /(?:^|[^\p{L}])(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Dre|Me|St|Ste|\p{Lu})$/u;

/** The sentences of a text as [start, end) spans, with whether each ends with a question mark. One pass. */
function sentencesOf(text: string): { start: number; end: number; question: boolean }[] {
  const out: { start: number; end: number; question: boolean }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\n' && c !== '…') continue;
    if (c === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 4), i))) continue;
    out.push({ start, end: i + 1, question: c === '?' });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, question: false });
  return out;
}

export const defamation: Detector<Params> = {
  name: 'defamation',
  params,
  compile(p) {
    const matcher = matcherFor(DEFAULT_LEXICON_DIR, p.lists, 'auto');
    // Its lists' frames come from the hits every rule shares (one frames pass per check, not one per rule).
    const { frames, key: framesKey } = sharedFrames(DEFAULT_LEXICON_DIR, 'auto');
    const mine = new Set(p.lists);
    const titles = wordRegex(p.titles, 'iu');
    return (input) => {
      const nt = normalizedOf(input);
      const words = matcher.match(nt);
      const framed = frameHitsOf(input, frames, framesKey).filter((h) => mine.has(h.list));
      if (words.length === 0 && framed.length === 0) return [];
      const sentences = sentencesOf(input.text);
      // Which sentence a span starts in (spans come sorted, so a moving index would do; a binary search is simpler).
      const sentenceAt = (pos: number) => {
        let lo = 0;
        let hi = sentences.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (sentences[mid]!.start <= pos) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      };
      // Each sentence is read for a person at most once, so the cost stays linear however many hits it holds.
      const person = new Map<number, boolean>();
      const namesPerson = (k: number) => {
        let v = person.get(k);
        if (v === undefined) {
          const s = input.text.slice(sentences[k]!.start, sentences[k]!.end);
          person.set(k, (v = titles.test(s) || namesSomeone(s)));
        }
        return v;
      };
      const reported = new Set<number>();
      for (const f of framed) if (f.frame.id.startsWith('reported-')) reported.add(sentenceAt(f.span[0]));
      const hits = new Map<string, Hit>();
      const candidates = [
        ...words.map((h) => ({ h, frame: false })),
        ...framed.filter((f) => !f.frame.id.startsWith('reported-')).map((f) => ({ h: asLexiconHit(f), frame: true })),
      ];
      for (const { h, frame } of candidates) {
        const k = sentenceAt(h.span[0]);
        if (reported.has(k) || (frame && sentences[k]!.question) || !namesPerson(k)) continue;
        const at = `${h.span[0]}:${h.span[1]}`;
        if (hits.has(at)) continue;
        hits.set(at, {
          span: h.span,
          severity: h.entry.severity,
          detail: frame ? input.text.slice(h.span[0], h.span[1]) : h.entry.label,
          ...(h.entry.action ? { action: h.entry.action } : {}),
        });
      }
      return [...hits.values()].sort((a, b) => a.span[0] - b.span[0]);
    };
  },
};
