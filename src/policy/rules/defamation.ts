/**
 * `detector: defamation` — accusing an identifiable person of a crime or misconduct: an accusation from the
 * lexicon lists (`lists`, e.g. `defamation`: voleur, fraudeur, a volé, pots-de-vin...) near a person named or
 * designated in the same sentence (a title from `titles` such as « le maire », an honorific and a name, a first
 * and last name, an @mention). Criticism of an institution ("le ministère est incompétent") names no one.
 */
import { z } from 'zod';
import type { Detector, Hit } from './Detector.js';
import { DEFAULT_LEXICON_DIR, matcherFor, normalizedOf } from './lexicon.js';
import { wordRegex } from './wordRegex.js';

const params = z
  .object({
    lists: z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/)).min(1).default(['defamation']),
    /** Words that designate one person: maire, ministre, directrice, agent, mayor, councillor... */
    titles: z.array(z.string().min(2)).min(1),
    /** How far (characters) around the accusation a person may be named, within the sentence. */
    window: z.number().int().positive().default(80),
  })
  .strict();
type Params = z.infer<typeof params>;

const HONORIFIC = /(?<![\p{L}])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dre|Me|monsieur|madame|docteur|docteure)\s+\p{Lu}\p{Ll}+/u;
// Two capitalized words that are not sentence furniture ("Le Ministère", "The City") read as a person's name.
const FURNITURE = new Set(
  'Le La Les L Un Une Des Du De Ce Cette Ces Mon Ma Mes Ton Ta Votre Vos Notre Nos Leur Leurs Son Sa Ses Et Mais Ou Si Quand Pour Par Avec The A An This That Our Your Their His Her Its And But Or If When For With Ville City Ministère Ministry Bureau Office Gouvernement Government Conseil Council Québec Ontario Canada Baie Comeau Senneterre Ombudsman Facebook Merci Bonjour Hello Thanks'.split(
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

function sentenceAround(text: string, s: number, e: number, window: number): string {
  let a = Math.max(0, s - window);
  let b = Math.min(text.length, e + window);
  const before = text.slice(a, s);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  if (cut >= 0) a += cut + 1;
  const after = text.slice(e, b).search(/[.!?\n]/);
  if (after >= 0) b = e + after;
  return text.slice(a, b);
}

export const defamation: Detector<Params> = {
  name: 'defamation',
  params,
  compile(p) {
    const matcher = matcherFor(DEFAULT_LEXICON_DIR, p.lists, 'auto');
    const titles = wordRegex(p.titles, 'iu');
    return (input) => {
      const found = matcher.match(normalizedOf(input));
      if (found.length === 0) return [];
      const hits: Hit[] = [];
      for (const h of found) {
        const around = sentenceAround(input.text, h.span[0], h.span[1], p.window);
        if (titles.test(around) || namesSomeone(around)) {
          hits.push({ span: h.span, severity: h.entry.severity, detail: h.entry.label, ...(h.entry.action ? { action: h.entry.action } : {}) });
        }
      }
      return hits;
    };
  },
};
