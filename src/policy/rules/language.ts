/**
 * `detector: language` — the policy's language rule on staff posts (`languageRule` in the policy): French only
 * (MESS, Charte de la langue française), official announcements in English and French (Ombudsman), bilingual
 * encouraged (specialist accounts). Sentences of `minWords` words or more are detected one by one, so an English
 * sentence inside a French post is found where it is.
 */
import { z } from 'zod';
import type { Lang } from '../types.js';
import type { Detector, Hit } from './Detector.js';
import { detectLanguage } from '../../text/detectLanguage.js';
import { anyOf, regexSource, wordRegex } from './wordRegex.js';

const params = z
  .object({
    minWords: z.number().int().min(1).default(4),
    /** The rule applies only to posts containing one of these words (e.g. announcement, communiqué). */
    onlyWhen: z.array(z.string().min(1)).default([]),
    /**
     * Posts the rule does not apply to, whatever their words: any of these words or expressions anywhere in the post
     * (the Ombudsman's event updates, « dans la langue de ces événements », and shared press articles, « dans leur
     * langue d'origine »).
     */
    unlessWords: z.array(z.string().min(1)).default([]),
    unlessRegex: z.array(regexSource).default([]),
  })
  .strict();
type Params = z.infer<typeof params>;

const SEGMENT = /[^.!?\n]+[.!?]*/g;
const NAMES: Record<Lang, { fr: string; en: string }> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

function segments(text: string, minWords: number): { span: [number, number]; lang: Lang | undefined }[] {
  const out: { span: [number, number]; lang: Lang | undefined }[] = [];
  for (const m of text.matchAll(SEGMENT)) {
    const s = m[0];
    const words = s.match(/[\p{L}]+/gu)?.length ?? 0;
    if (words < minWords) continue;
    const lead = s.length - s.trimStart().length;
    const body = s.trim();
    out.push({ span: [m.index + lead, m.index + lead + body.length], lang: detectLanguage(body) });
  }
  return out;
}

export const language: Detector<Params> = {
  name: 'language',
  params,
  compile(p, rule, policy) {
    const mode = policy.languageRule?.mode ?? 'any';
    const trigger = p.onlyWhen.length ? wordRegex(p.onlyWhen, 'iu') : undefined;
    const unless = anyOf(p.unlessWords, p.unlessRegex, 'iu');
    return ({ text }) => {
      if (mode === 'any') return [];
      if (trigger && !trigger.test(text)) return [];
      if (unless?.test(text)) return [];
      const segs = segments(text, p.minWords);
      if (mode === 'fr-only' || mode === 'en-only') {
        const wrong: Lang = mode === 'fr-only' ? 'en' : 'fr';
        const hits: Hit[] = [];
        for (const s of segs) {
          if (s.lang !== wrong) continue;
          const last = hits[hits.length - 1];
          // Consecutive sentences in the wrong language make one finding.
          if (last && /^\s*$/.test(text.slice(last.span[1], s.span[0]))) last.span = [last.span[0], s.span[1]];
          else hits.push({ span: s.span, detail: wrong, note: NAMES[wrong] });
        }
        return hits;
      }
      const seen = new Set(segs.map((s) => s.lang).filter((l): l is Lang => l !== undefined));
      if (seen.size === 0 || (seen.has('fr') && seen.has('en'))) return [];
      const missing: Lang = seen.has('fr') ? 'en' : 'fr';
      return [{ span: [0, text.length], detail: missing, note: NAMES[missing] }];
    };
  },
};
