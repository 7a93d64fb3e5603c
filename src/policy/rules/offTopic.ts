/**
 * `detector: offTopic` — a comment long enough to say something that never touches the organization's mandate
 * (the policy's `mandate.keywords`; `*` at the end of a keyword matches any ending). Short comments ("Merci!",
 * "Bravo") are never off topic. Only asks for review.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';
import { normalizedOf } from './lexicon.js';
import { normalize } from '../../text/normalize.js';

const params = z.object({ minWords: z.number().int().min(1).default(15) }).strict();
type Params = z.infer<typeof params>;

/** Keywords folded the way the text is (accents, case, elision), split into words. */
function compileKeywords(keywords: string[]) {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const k of keywords) {
    const star = k.trim().endsWith('*');
    const toks = normalize(star ? k.trim().slice(0, -1) : k).tokens.map((t) => t.text);
    if (toks.length === 0) continue;
    if (toks.length > 1) phrases.push(star ? [...toks.slice(0, -1), `${toks[toks.length - 1]}*`] : toks);
    else if (star) prefixes.push(toks[0]!);
    else words.add(toks[0]!);
  }
  const one = (tok: string, spec: string) => (spec.endsWith('*') ? tok.startsWith(spec.slice(0, -1)) : tok === spec);
  return (toks: string[]): boolean => {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (words.has(t)) return true;
      for (const p of prefixes) if (t.startsWith(p)) return true;
      for (const ph of phrases) {
        if (i + ph.length <= toks.length && ph.every((spec, j) => one(toks[i + j]!, spec))) return true;
      }
    }
    return false;
  };
}

export const offTopic: Detector<Params> = {
  name: 'offTopic',
  params,
  compile(p, rule, policy) {
    const keywords = policy.mandate?.keywords;
    if (!keywords) throw new Error(`rule '${rule.id}' needs the policy's mandate.keywords`);
    const onTopic = compileKeywords(keywords);
    return (input) => {
      const toks = normalizedOf(input).tokens;
      let words = 0;
      for (const t of toks) if (/\p{L}/u.test(t.text)) words++;
      if (words < p.minWords || onTopic(toks.map((t) => t.text))) return [];
      return [{ span: [0, input.text.length] }];
    };
  },
};
