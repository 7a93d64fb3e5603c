/**
 * `detector: frequency` — a draft post over the policy's posts-per-day limit (`posting.maxPerDay`; Baie-Comeau:
 * « nous publions 1 à 2 fois par jour au maximum »). The count comes from the caller (`context.postsToday`, read
 * from the store); without it the rule says nothing rather than guess, unless the draft counts itself
 * (« 3e publication aujourd'hui », "5th post today"): `countWords` and `dayWords`, written in the policy, say how.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';
import { wordSource } from './wordRegex.js';

const params = z
  .object({
    maxPerDay: z.number().int().positive().optional(),
    /** What a post calls itself (publication, post); empty: the text is never read. */
    countWords: z.array(z.string().min(1)).default([]),
    /** What says « today » after it (aujourd'hui, de la journée, today). */
    dayWords: z.array(z.string().min(1)).default([]),
    /** Ordinals written as words, with their number (troisième: 3, third: 3). */
    ordinalWords: z.record(z.string().min(1), z.number().int().positive()).default({}),
  })
  .strict();
type Params = z.infer<typeof params>;

/** « 3e publication aujourd'hui », « 5ème post de la journée », "4th post today": the number and where it is. */
function declaredCount(p: Params): ((text: string) => { n: number; span: [number, number] } | undefined) | undefined {
  if (p.countWords.length === 0 || p.dayWords.length === 0) return undefined;
  const alt = (ws: string[]) => ws.map(wordSource).join('|');
  const words = Object.keys(p.ordinalWords);
  const number = `\\d{1,2}\\s?(?:e|è|ème|eme|ième|ieme|th|rd|nd|st)${words.length ? `|${alt(words)}` : ''}`;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${number})\\s+(?:${alt(p.countWords)})s?\\s+(?:${alt(p.dayWords)})(?![\\p{L}\\p{N}])`, 'iu');
  const fold = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '');
  const byWord = new Map(words.map((w) => [fold(w), p.ordinalWords[w]!]));
  return (text) => {
    const m = re.exec(text);
    if (!m) return undefined;
    const n = /^\d/.test(m[1]!) ? parseInt(m[1]!, 10) : byWord.get(fold(m[1]!));
    return n === undefined ? undefined : { n, span: [m.index, m.index + m[0].length] };
  };
}

export const frequency: Detector<Params> = {
  name: 'frequency',
  params,
  compile(p, rule, policy) {
    const max = p.maxPerDay ?? policy.posting?.maxPerDay;
    const declared = declaredCount(p);
    return ({ text, context }) => {
      if (max === undefined) return [];
      let n = context.postsToday;
      let span: [number, number] = [0, text.length];
      if (n === undefined && declared) {
        const d = declared(text);
        // The draft is the n-th post: n - 1 are out already.
        if (d) [n, span] = [d.n - 1, d.span];
      }
      if (n === undefined || n < max) return [];
      return [
        {
          span,
          detail: `${n}/${max}`,
          note: {
            fr: `${n} publication${n > 1 ? 's' : ''} déjà aujourd'hui (maximum ${max} par jour)`,
            en: `${n} post${n > 1 ? 's' : ''} already today (at most ${max} a day)`,
          },
        },
      ];
    };
  },
};
