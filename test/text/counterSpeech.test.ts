import { describe, expect, it } from 'vitest';
import { quoteRanges } from '../../src/text/counterSpeech.js';

describe('quoteRanges', () => {
  it.each([
    ['He said "typical" and left', [[8, 17]]],
    [
      '« bonjour » et « salut »',
      [
        [0, 11],
        [15, 24],
      ],
    ],
    ['“curly” then "straight', [[0, 7]]],
    ['no quotes here', []],
  ])('%s', (text, expected) => {
    expect(quoteRanges(text)).toEqual(expected);
  });
});
