/**
 * `detector: pattern` — words or regular expressions written in the policy, for clauses too specific to a policy
 * for a shared lexicon (e.g. "shared content without a credit"). `unless*`: any of these anywhere in the text
 * cancels every hit of the rule.
 */
import { z } from 'zod';
import type { Detector, Hit } from './Detector.js';
import { anyOf, regexSource } from './wordRegex.js';

const params = z
  .object({
    words: z.array(z.string().min(1)).default([]),
    regex: z.array(regexSource).default([]),
    unlessWords: z.array(z.string().min(1)).default([]),
    unlessRegex: z.array(regexSource).default([]),
    /** Report only the first place: for rules about something missing (a credit), one finding says it all. */
    once: z.boolean().default(false),
  })
  .strict()
  .refine((p) => p.words.length + p.regex.length > 0, { message: 'give `words` or `regex` to look for' });
type Params = z.infer<typeof params>;

export const pattern: Detector<Params> = {
  name: 'pattern',
  params,
  compile(p) {
    const find = anyOf(p.words, p.regex)!;
    const unless = anyOf(p.unlessWords, p.unlessRegex);
    return ({ text }) => {
      const hits: Hit[] = [];
      for (const m of text.matchAll(find)) {
        if (m[0].length === 0) continue;
        hits.push({ span: [m.index, m.index + m[0].length] });
        if (p.once) break;
      }
      if (hits.length > 0 && unless) {
        unless.lastIndex = 0;
        if (unless.test(text)) return [];
      }
      return hits;
    };
  },
};
