/**
 * `detector: repetition` — from the author's history on the page (`context.authorHistory`, filled by the
 * pipeline): `mode: duplicate` finds the same comment posted again (« publier le même contenu à répétition »);
 * `mode: offender` finds an author with past violations (« L'usager qui n'en serait pas à sa première récidive »),
 * threshold from the policy's `repeatOffender` or the params.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';
import { fingerprint } from '../fingerprint.js';

const params = z
  .object({
    mode: z.enum(['duplicate', 'offender']).default('duplicate'),
    /** duplicate: how many earlier copies make a repetition. */
    minRepeats: z.number().int().positive().default(1),
    /** duplicate: shorter texts ("merci", "bravo") are not spam when repeated. */
    minLength: z.number().int().min(0).default(15),
    /** offender: violations needed (default: the policy's repeatOffender.threshold, else 2). */
    threshold: z.number().int().positive().optional(),
  })
  .strict();
type Params = z.infer<typeof params>;

export const repetition: Detector<Params> = {
  name: 'repetition',
  params,
  compile(p, rule, policy) {
    const threshold = p.threshold ?? policy.repeatOffender?.threshold ?? 2;
    return ({ text, context }) => {
      const history = context.authorHistory;
      if (!history) return [];
      if (p.mode === 'offender') {
        const n = history.violations.length;
        if (n < threshold) return [];
        return [
          {
            span: [0, text.length],
            detail: String(n),
            note: { fr: `${n} infractions précédentes`, en: `${n} earlier violations` },
          },
        ];
      }
      const fp = fingerprint(text);
      if (fp.length < p.minLength) return [];
      const copies = history.recent.filter((r) => r.fingerprint === fp).length;
      if (copies < p.minRepeats) return [];
      return [
        {
          span: [0, text.length],
          detail: String(copies),
          note: { fr: `déjà publié ${copies} fois`, en: `already posted ${copies} time${copies > 1 ? 's' : ''}` },
        },
      ];
    };
  },
};
