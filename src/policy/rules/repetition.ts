/**
 * `detector: repetition` — from the author's history on the page (`context.authorHistory`, filled by the
 * pipeline): `mode: duplicate` finds the same comment posted again (« publier le même contenu à répétition »);
 * `mode: offender` finds an author with past violations (« L'usager qui n'en serait pas à sa première récidive »),
 * threshold from the policy's `repeatOffender` or the params; `mode: inside` finds one sentence said again and
 * again inside the same comment (« Rue des Érables pas déneigée. Rue des Érables pas déneigée. … »), which needs
 * no history.
 */
import { z } from 'zod';
import type { Detector } from './Detector.js';
import { fingerprint } from '../fingerprint.js';

const params = z
  .object({
    mode: z.enum(['duplicate', 'offender', 'inside']).default('duplicate'),
    /** duplicate: how many earlier copies make a repetition; inside: how many times one sentence (default 3). */
    minRepeats: z.number().int().positive().optional(),
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
    if (p.mode === 'inside') return ({ text }) => repeatedInside(text, p.minRepeats ?? 3, p.minLength);
    const minRepeats = p.minRepeats ?? 1;
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
      if (copies < minRepeats) return [];
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

/**
 * The sentence said most often in this text, when it is said at least `min` times and is long enough not to be
 * a cheer (« go go go »). One pass: fragments between sentence marks, counted by fingerprint.
 */
function repeatedInside(text: string, min: number, minLength: number) {
  // A text cut into fewer than `min` fragments by the sentence marks cannot say one `min` times: most comments,
  // whose fragments then need no fingerprint (2 % of a check's profile).
  let marks = 0;
  for (let i = 0; i < text.length && marks + 1 < min; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) marks++;
  }
  if (marks + 1 < min) return [];
  const counts = new Map<string, { n: number; first: number; last: number }>();
  let best: { n: number; first: number; last: number } | undefined;
  for (const m of text.matchAll(/[^.!?\n]+/g)) {
    const fp = fingerprint(m[0]);
    if (fp.length < Math.min(minLength, 10) || fp.length > 500) continue;
    const c = counts.get(fp) ?? { n: 0, first: m.index, last: 0 };
    c.n++;
    c.last = m.index + m[0].length;
    counts.set(fp, c);
    if (!best || c.n > best.n) best = c;
  }
  if (!best || best.n < min) return [];
  return [
    {
      span: [best.first, best.last] as [number, number],
      detail: String(best.n),
      note: { fr: `la même phrase ${best.n} fois dans le commentaire`, en: `the same sentence ${best.n} times in the comment` },
    },
  ];
}
