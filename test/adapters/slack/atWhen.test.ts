import { describe, expect, it } from 'vitest';
import { atWhen } from '../../../adapters/slack/blocks/alertBlocks.js';
import { lookFor } from '../../../adapters/slack/lookFor.js';
import { loadPolicies } from '../../../src/policy/loadPolicies.js';

describe('atWhen', () => {
  it.each([
    ['fr', '2026-11-23T19:02:00Z', 'à 14 h 02 (lundi 23 novembre)'],
    ['en', '2026-11-23T19:02:00Z', 'at 2:02 PM (Monday, November 23)'],
    ['fr', '2026-07-01T12:00:00Z', 'à 8 h 00 (mercredi 1er juillet)'],
  ] as const)('%s %s → %s, in Montréal time', async (lang, iso, out) => {
    const ctx = { policies: await loadPolicies(), defaultPolicyId: 'mess-quebec' };
    expect(atWhen(lookFor(ctx, 'mess-quebec', lang), iso)).toBe(out);
  });

  it('falls back to the whole date when it has no time part', () => {
    const look = { policy: {} as never, lang: 'fr' as const, when: () => 'hier' };
    expect(atWhen(look, '2026-01-01T00:00:00Z')).toBe('le hier');
  });
});
