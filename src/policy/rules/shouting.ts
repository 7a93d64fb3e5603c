/**
 * `detector: shouting` — a run of words written in capitals ("L'usage des majuscules est considéré comme un cri").
 * Acronyms (RAMQ, CNESST) alone are not shouting: it takes `minWords` capitalized words in a row with at least
 * `minLetters` letters.
 */
import { z } from 'zod';
import type { Detector, Hit } from './Detector.js';

const params = z.object({ minWords: z.number().int().min(1).default(3), minLetters: z.number().int().min(1).default(12) }).strict();
type Params = z.infer<typeof params>;

const WORD = /[\p{L}\p{M}'’-]+|\p{N}+/gu;
const isUpperWord = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
const isLetters = (w: string) => /\p{L}/u.test(w);

export const shouting: Detector<Params> = {
  name: 'shouting',
  params,
  compile(p) {
    return ({ text }) => {
      if (!/\p{Lu}{2}/u.test(text)) return [];
      const hits: Hit[] = [];
      let start = -1;
      let end = -1;
      let words = 0;
      let letters = 0;
      const close = () => {
        if (words >= p.minWords && letters >= p.minLetters) hits.push({ span: [start, end] });
        start = -1;
        words = 0;
        letters = 0;
      };
      for (const m of text.matchAll(WORD)) {
        const w = m[0];
        if (!isLetters(w)) continue; // numbers neither break nor make a shout
        if (isUpperWord(w)) {
          if (start < 0) start = m.index;
          end = m.index + w.length;
          words += 1;
          letters += w.replace(/[^\p{L}]/gu, '').length;
        } else if (w.length > 1 || w === w.toLowerCase()) {
          close();
        }
      }
      close();
      return hits;
    };
  },
};
