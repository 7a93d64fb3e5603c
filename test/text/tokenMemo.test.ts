// The token memo remembers what plain tokens matched, keyed by the token's text: it must stay small in
// characters whatever the texts (unique 1 MB tokens used to be kept whole, 50,000 of them).
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/text/compileLexicon.js';
import { lexiconEntrySchema } from '../../src/text/lexiconFile.js';
import { normalize } from '../../src/text/normalize.js';

const matcher = compileLexicon([{ lang: 'fr', list: 'insult', classes: {}, entries: [lexiconEntrySchema.parse({ term: 'connard' })] }]);

describe('token memo', () => {
  it('holds at most a bounded number of characters, whatever the tokens', () => {
    for (let i = 0; i < 40; i++) {
      const token = `${'x'.repeat(50_000)}${i.toString(36)}`;
      matcher.match(normalize(`${token} connard`));
    }
    expect(matcher.vocabulary.memoSize).toBeLessThanOrEqual(1_000_000);
    // Short tokens are still remembered (the memo is what makes a check fast on everyday words).
    expect(matcher.vocabulary.memoSize).toBeGreaterThan(0);
  });

  it('long tokens are still matched without it', () => {
    const hits = matcher.match(normalize(`conna${'r'.repeat(10_000)}d`));
    expect(hits.map((h) => h.entry.label)).toEqual(['connard']);
  });
});
