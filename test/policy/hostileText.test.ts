// Hostile text: no input may crash a check. A run of one character used to overflow the call stack in the
// lexicon's trie walk (one recursion per letter), so such a comment was stored, never alerted, and retried forever.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/policy/check.js';
import { shippedPolicies } from './ruleTester.js';

const policies = shippedPolicies();
const N = 20_000;
const fill = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('a long run of one character', () => {
  const runs: Record<string, string> = {
    letters: fill('a'),
    'spaced letters': fill('s.'),
    accented: fill('é'),
    digits: fill('1'),
    'combining marks': `a${fill('\u0301')}`,
    masks: `f${fill('*')}`,
    'stretched insult': `conna${fill('r')}d`,
  };
  for (const [name, text] of Object.entries(runs)) {
    it(`${name}: every policy checks it, as comment and as post`, () => {
      for (const policy of policies().values()) {
        for (const kind of ['comment', 'post'] as const) expect(() => check(policy, text, { kind })).not.toThrow();
      }
    });
  }

  it('a stretched word is still found at the end of a long run', () => {
    const r = check(policies().get('mess-quebec')!, `c'est un conna${fill('r', 5_000)}d`);
    expect(r.findings.some((f) => f.category === 'insult')).toBe(true);
  });
});
