/**
 * `detector: frequency` — a draft post over the policy's posts-per-day limit (`posting.maxPerDay`; Baie-Comeau:
 * « nous publions 1 à 2 fois par jour au maximum »). The count comes from the caller (`context.postsToday`, read
 * from the store); without it the rule says nothing rather than guess.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';

const params = z.object({ maxPerDay: z.number().int().positive().optional() }).strict();
type Params = z.infer<typeof params>;

export const frequency: Detector<Params> = {
  name: 'frequency',
  params,
  compile(p, rule, policy) {
    const max = p.maxPerDay ?? policy.posting?.maxPerDay;
    return ({ text, context }) => {
      const n = context.postsToday;
      if (max === undefined || n === undefined || n < max) return [];
      return [
        {
          span: [0, text.length],
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
