import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { check } from '../../src/policy/check.js';
import { policySchema, type Policy } from '../../src/policy/schema.js';
import { fingerprint } from '../../src/policy/fingerprint.js';

let policies: Map<string, Policy>;
beforeAll(async () => {
  policies = await loadPolicies();
}, 120_000);

describe('check', () => {
  it('keeps civil criticism ok: « Le Ministère ne supprimera pas un commentaire parce qu’il est en désaccord »', () => {
    const civil = [
      'Je suis en désaccord avec cette décision du Ministère, elle pénalise les travailleurs.',
      'Ce programme est mal conçu et les délais sont trop longs à mon avis.',
      "Franchement, c'est décevant. Vous pouvez faire mieux.",
      'I strongly disagree with this policy; it hurts families.',
    ];
    for (const text of civil) expect(check(policies.get('mess-quebec')!, text), text).toMatchObject({ verdict: 'ok', findings: [] });
  });

  it('hides when any finding says hide, else reviews, findings sorted by span, rule ids policy-scoped', () => {
    const r = check(policies.get('senneterre')!, 'Je porte plainte. Mon tel: 819 555-0142. Gang de connards');
    expect(r.verdict).toBe('hide');
    const cats = r.findings.map((f) => f.category);
    // In text order; the lexicon may also call the insult vulgar, which is its own judgement.
    expect(cats.slice(0, 3)).toEqual(['complaint', 'personal_info', 'insult']);
    expect(r.findings.map((f) => f.span[0])).toEqual([...r.findings.map((f) => f.span[0])].sort((a, b) => a - b));
    expect(r.findings[0]!.rule).toBe('senneterre/complaint');
    expect(r.findings[0]!.reply!.fr).toContain('819 737-2296');
    expect(r.findings[1]!.message.fr).toContain('« 819 555-0142 »');
    expect(r.findings[1]!.message.en).toContain('“819 555-0142”');
    expect(r.findings[1]!.message.en).toContain('a phone number');
    const review = check(policies.get('senneterre')!, 'Je porte plainte pour le bruit');
    expect(review.verdict).toBe('review');
    expect(review.findings.every((f) => f.action === 'review')).toBe(true);
  });

  it('reports a phrase once, not again for the words inside it', () => {
    const r = check(policies.get('mess-quebec')!, 'Votez CAQ!');
    expect(r.findings.map((f) => f.match)).toEqual(['Votez CAQ']);
  });

  it('runs only the rules of the kind checked', () => {
    const mess = policies.get('mess-quebec')!;
    const english = 'The Ministry launches a new employment program for young people.';
    expect(check(mess, english, { kind: 'comment' }).findings.filter((f) => f.category === 'language')).toEqual([]);
    expect(check(mess, english, { kind: 'post' }).findings.map((f) => f.category)).toContain('language');
  });

  it('detects the language of the text', () => {
    expect(check(policies.get('mess-quebec')!, 'Bonjour, est-ce que le bureau est ouvert demain?').language).toBe('fr');
    expect(check(policies.get('mess-quebec')!, 'Hello, is the office open tomorrow?').language).toBe('en');
  });

  it('compiles a policy that did not come from the loader, and fails loudly on an unknown detector', () => {
    const raw = structuredClone(policies.get('mess-quebec')!);
    const copy = policySchema.parse(raw);
    expect(check(copy, 'Gang de connards').verdict).toBe('hide');
    const broken = policySchema.parse({ ...raw, rules: [{ ...raw.rules[0]!, detector: 'nope' }] });
    expect(() => check(broken, 'x')).toThrow(/unknown detector 'nope'/);
  });

  it('every span points into the original text, whatever the text (property)', () => {
    const policy = policies.get('senneterre')!;
    const pieces = fc.constantFrom(
      'connard',
      'CÂLISSE',
      'plainte',
      '514-555-1234',
      'x@y.ca',
      'H2X 1Y4',
      'Votez CAQ',
      'www.deals.com',
      ' ',
      '\n',
      'é',
      '😀',
      'ARRÊTEZ TOUT MAINTENANT',
      'au secours',
      'le maire est un voleur',
      "l'",
      '.',
      '046 454 286',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const kind of ['comment', 'post'] as const) {
          const r = check(policy, text, { kind });
          for (const f of r.findings) {
            expect(f.span[0]).toBeGreaterThanOrEqual(0);
            expect(f.span[1]).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.span[0], f.span[1])).toBe(f.match);
          }
          expect(r.verdict === 'ok').toBe(r.findings.length === 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fingerprint', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(fingerprint('La rue est FERMÉE!!!  ')).toBe(fingerprint('la rue est fermee'));
    expect(fingerprint('a b')).not.toBe(fingerprint('ab'));
  });
});
