/**
 * `detector: offTopic` — a comment long enough to say something that never touches the organization's mandate
 * (the policy's `mandate.keywords`). Short comments ("Merci!", "Bravo") are never off topic. Only asks for review.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';
import { wordRegex } from './wordRegex.js';

const params = z.object({ minWords: z.number().int().min(1).default(15) }).strict();
type Params = z.infer<typeof params>;

export const offTopic: Detector<Params> = {
  name: 'offTopic',
  params,
  compile(p, rule, policy) {
    const keywords = policy.mandate?.keywords;
    if (!keywords) throw new Error(`rule '${rule.id}' needs the policy's mandate.keywords`);
    const onTopic = wordRegex(keywords, 'iu');
    return ({ text }) => {
      const words = text.match(/\p{L}+/gu)?.length ?? 0;
      if (words < p.minWords || onTopic.test(text)) return [];
      return [{ span: [0, text.length] }];
    };
  },
};
