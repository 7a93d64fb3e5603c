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

describe('a text longer than a check reads whole', () => {
  it('is checked up to the limit, and a review finding says the rest was not', () => {
    const text = `${'Merci pour votre aide. '.repeat(1_000)}connard`;
    const r = check(policies().get('mess-quebec')!, text, { maxChars: 10_000 });
    expect(r.findings.map((f) => f.category)).toEqual(['too_long']);
    expect(r.findings[0]!.span).toEqual([10_000, text.length]);
    expect(r.findings[0]!.action).toBe('review');
    expect(r.findings[0]!.message.fr).toContain('10');
    expect(r.verdict).toBe('review');
  });

  it('under the limit, nothing is said about length', () => {
    const r = check(policies().get('mess-quebec')!, 'Merci pour votre aide, connard.', { maxChars: 10_000 });
    expect(r.findings.map((f) => f.category)).toContain('insult');
    expect(r.findings.map((f) => f.category)).not.toContain('too_long');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9_999)}😀${'b'.repeat(100)}`;
    const r = check(policies().get('mess-quebec')!, text, { maxChars: 10_000 });
    expect(r.findings.find((f) => f.category === 'too_long')!.span[0]).toBe(9_999);
  });
});
