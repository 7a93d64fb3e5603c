// Advisory findings: what a policy encourages but does not require is a `note`. It is shown with the answer and
// said to be advice; it never raises the verdict and never raises an alert.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/policy/check.js';
import { describeResult } from '../../src/policy/describeResult.js';
import { shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();

describe('note: advice that never blocks', () => {
  it('an English-only post on a specialist account is ok, with a note about the bilingual content the guide encourages', () => {
    const r = check(P().get('ontario-specialist-accounts')!, 'Field day on the greenstone belt. Pillow basalts this well preserved never get old.', {
      kind: 'post',
    });
    expect(r.verdict).toBe('ok');
    expect(r.findings.map((f) => [f.category, f.action])).toEqual([['language', 'note']]);
    expect(describeResult(r, 'en')).toMatch(/^OK|^Compliant|— 1 finding/m);
    expect(describeResult(r, 'en')).toContain('(advice)');
    expect(describeResult(r, 'fr')).toContain('(conseil)');
  });

  it('an image without alt text on a specialist account is a note; a real breach beside it still decides the verdict', () => {
    const policy = P().get('ontario-specialist-accounts')!;
    const images = { images: [{}] };
    const advice = check(policy, 'Loon chick on Lake Nipissing this morning. / Un plongeon huard ce matin sur le lac Nipissing.', {
      kind: 'post',
      context: images,
    });
    expect(advice.verdict).toBe('ok');
    expect(advice.findings.some((f) => f.category === 'accessibility' && f.action === 'note')).toBe(true);
    const partisan = check(policy, 'Can’t wait to knock on doors for the Liberal candidate this weekend! Vote Liberal!', {
      kind: 'post',
      context: images,
    });
    expect(partisan.verdict).not.toBe('ok');
  });

  it('the French-only ministry still asks for review of an English draft: there the language rule is required', () => {
    const r = check(P().get('mess-quebec')!, 'New training program for newcomers, register today on our website!', { kind: 'post' });
    expect(r.verdict).toBe('review');
    expect(r.findings.find((f) => f.category === 'language')?.action).toBe('review');
  });
});
