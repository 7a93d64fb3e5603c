import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/text/normalize.js';

const words = (s: string) => normalize(s).tokens.map((t) => t.text);

describe('normalize', () => {
  it.each([
    ['Câlisse de CRÉTIN', ['calisse', 'de', 'cretin']],
    ["T'es un c0nn4rd", ['t', 'es', 'un', 'connard']],
    ['sh1t and $hit and tabarn@k', ['shit', 'and', 'shit', 'and', 'tabarnak']],
    ['m*rde f**k', ['m*rde', 'f**k']],
    ['i d i o t s and f.u.c.k', ['idiots', 'and', 'fuck']],
    ['Œuvre, cœur, straße', ['oeuvre', 'coeur', 'strasse']],
    ['ｆｕｃｋ', ['fuck']],
    ['сon (Cyrillic с)', ['con', 'cyrillic', 'c']],
    ['@USER merde! 2026-000123', ['user', 'merde', '2026', '000123']],
    ['*soupir* #merde', ['soupir*', 'merde']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('marks elision and sentence ends', () => {
    const t = normalize("J'vais y aller. Qu'il vienne").tokens;
    expect(t[0]).toMatchObject({ text: 'j', apostrophe: true });
    expect(t[3]).toMatchObject({ text: 'aller', sentenceEnd: true });
    expect(t[4]).toMatchObject({ text: 'qu', apostrophe: true });
  });

  it('keeps the other reading of a look-alike', () => {
    const n = normalize('a11ez');
    expect(n.text).toBe('aiiez');
    expect(n.alts.get(1)).toBe('l');
  });

  it('maps every normalized character inside the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const n = normalize(s);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          expect(n.starts[i]).toBeLessThanOrEqual(n.ends[i]!);
        }
        for (const t of n.tokens) {
          const [a, b] = n.span(t.start, t.end);
          expect(a).toBeLessThan(b);
          expect(b).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives back a span that covers an obfuscated word wherever it sits', () => {
    const disguise = fc.constantFrom('connard', 'c0nn4rd', 'CONNARD', 'connnnard', 'c o n n a r d', 'Cønnard');
    const filler = fc.array(fc.constantFrom('le', 'conseil', 'été', '!!', '😀', "l'avis", '2026', 'Québec'), { maxLength: 5 });
    fc.assert(
      fc.property(filler, disguise, filler, (before, word, after) => {
        const text = [...before, word, ...after].join(' ');
        const at = before.length ? before.join(' ').length + 1 : 0;
        const n = normalize(text);
        const tok = n.tokens.find((t) => t.text.replace(/n+/g, 'n') === 'conard');
        expect(tok).toBeDefined();
        expect(n.span(tok!.start, tok!.end)).toEqual([at, at + word.length]);
      }),
      { numRuns: 200 },
    );
  });
});
