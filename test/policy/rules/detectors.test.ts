// Table tests for the small detectors, driven through their compiled matchers with a minimal policy.
import { describe, expect, it } from 'vitest';
import type { Detector, CheckContext } from '../../../src/policy/rules/Detector.js';
import type { Policy, RuleConfig } from '../../../src/policy/schema.js';
import type { Kind } from '../../../src/policy/types.js';
import { detectors } from '../../../src/policy/rules/detectors.js';
import { wordRegex } from '../../../src/policy/rules/wordRegex.js';

const policyWith = (extra: Partial<Policy> = {}) => ({ id: 't', rules: [], replies: {}, ...extra }) as unknown as Policy;

function run(name: string, params: unknown, text: string, opts: { policy?: Policy; context?: CheckContext; kind?: Kind } = {}) {
  const d = detectors[name] as Detector<unknown>;
  const policy = opts.policy ?? policyWith();
  const fn = d.compile(d.params.parse(params), { id: 'r' } as RuleConfig, policy);
  return fn({ text, kind: opts.kind ?? 'comment', lang: undefined, policy, context: opts.context ?? {}, cache: new Map() }).map((h) => ({
    text: text.slice(h.span[0], h.span[1]),
    detail: h.detail,
  }));
}

describe('shouting', () => {
  it.each([
    ['ARRÊTEZ DE NOUS MENTIR', ['ARRÊTEZ DE NOUS MENTIR']],
    ['Bonjour. POURQUOI LA RUE EST FERMÉE? merci', ['POURQUOI LA RUE EST FERMÉE']],
    ['La RAMQ, la CNESST et la SAAQ', []],
    ['OK MERCI', []],
    ['Vive le 24 JUIN À BAIE-COMEAU CE SOIR', ['JUIN À BAIE-COMEAU CE SOIR']],
    ['', []],
  ])('%j', (text, found) => {
    expect(run('shouting', {}, text).map((h) => h.text)).toEqual(found);
  });
});

describe('link', () => {
  const allow = { allow: ['ville.senneterre.qc.ca', 'gouv.qc.ca', 'facebook.com/villedesenneterre'] };
  it.each([
    ['Voir https://www.ville.senneterre.qc.ca/avis.', []],
    ['Voir https://www.quebec.gouv.qc.ca/x et www.mtq.gouv.qc.ca', []],
    ['https://www.facebook.com/VilledeSenneterre/posts/1', []],
    ['https://www.facebook.com/pages/Promo-Deals/44', ['facebook.com']],
    ['Achetez sur deals-shop.com/promo!', ['deals-shop.com']],
    ['(voir http://bit.ly/3xYz).', ['bit.ly']],
    ['Le 3.5 % et la section 2.1', []],
    ['Écrivez à info@ville.ca', []],
  ])('%j', (text, hosts) => {
    expect(run('link', allow, text).map((h) => h.detail)).toEqual(hosts);
  });
});

describe('language', () => {
  const frOnly = policyWith({ languageRule: { mode: 'fr-only', required: true, description: { fr: 'x', en: 'x' } } });
  const bilingual = policyWith({ languageRule: { mode: 'bilingual', required: true, description: { fr: 'x', en: 'x' } } });
  it('finds English sentences in a French-only post, merged when they follow each other', () => {
    const text = 'Nouvelle mesure pour les jeunes. Apply now on our website. It is free for everyone. Merci à tous nos partenaires du programme.';
    expect(run('language', {}, text, { policy: frOnly })).toEqual([{ text: 'Apply now on our website. It is free for everyone.', detail: 'en' }]);
    expect(run('language', {}, 'Le programme est offert dans toutes les régions du Québec.', { policy: frOnly })).toEqual([]);
  });
  it('asks for the missing language of a bilingual policy, only for announcements when told', () => {
    const en = 'News release: our annual report is published today on our website.';
    expect(run('language', {}, en, { policy: bilingual })).toEqual([{ text: en, detail: 'fr' }]);
    expect(
      run('language', { onlyWhen: ['communiqué', 'news release'] }, 'We enjoyed meeting students at the career fair today.', { policy: bilingual }),
    ).toEqual([]);
    expect(run('language', {}, `${en} Communiqué : notre rapport annuel est publié aujourd’hui sur notre site.`, { policy: bilingual })).toEqual([]);
  });
});

describe('frequency, repetition, accessibility', () => {
  const bc = policyWith({ posting: { maxPerDay: 2 }, repeatOffender: { threshold: 3 } });
  it('counts posts already published today against the limit, silent without the count', () => {
    expect(run('frequency', {}, 'Avis', { policy: bc, context: { postsToday: 1 } })).toEqual([]);
    expect(run('frequency', {}, 'Avis', { policy: bc, context: { postsToday: 2 } })).toEqual([{ text: 'Avis', detail: '2/2' }]);
    expect(run('frequency', {}, 'Avis', { policy: bc })).toEqual([]);
    expect(run('frequency', { maxPerDay: 5 }, 'Avis', { policy: bc, context: { postsToday: 3 } })).toEqual([]);
  });
  it('finds a repeated comment and a repeat offender', () => {
    const history = (fps: string[], violations = 0) => ({
      authorHistory: {
        recent: fps.map((fingerprint, i) => ({ fingerprint, at: '2026-01-01T00:00:00Z', itemId: String(i) })),
        violations: Array.from({ length: violations }, (_, i) => ({ itemId: `v${i}`, at: '2026-01-01', categories: ['insult'] })),
      },
    });
    const text = 'La rue Principale est encore fermée!';
    expect(run('repetition', {}, text, { context: history(['la rue principale est encore fermee']) })).toEqual([{ text, detail: '1' }]);
    expect(run('repetition', { minRepeats: 2 }, text, { context: history(['la rue principale est encore fermee']) })).toEqual([]);
    expect(run('repetition', {}, text, { context: history(['autre chose']) })).toEqual([]);
    expect(run('repetition', { mode: 'offender' }, text, { policy: bc, context: history([], 2) })).toEqual([]);
    expect(run('repetition', { mode: 'offender' }, text, { policy: bc, context: history([], 3) })).toEqual([{ text, detail: '3' }]);
  });
  it('counts images without alt text', () => {
    expect(run('accessibility', {}, 'Photos', { context: { images: [{ altText: 'Une équipe' }, { altText: '  ' }, {}] } })).toEqual([
      { text: '', detail: '2/3' },
    ]);
    expect(run('accessibility', {}, 'Photos', { context: { images: [{ altText: 'Une équipe' }] } })).toEqual([]);
  });
});

describe('pattern', () => {
  it('finds words, cancels on an unless, reports once when told', () => {
    const params = { words: ['partag*', 'share*'], unlessRegex: ['(?:source|crédit)\\s*:'], once: true };
    expect(run('pattern', params, 'Je partage cet article et je le repartage')).toEqual([{ text: 'partage', detail: undefined }]);
    expect(run('pattern', params, 'Je partage cet article. Source : Le Devoir')).toEqual([]);
  });
  it('rejects a bad regex and an empty rule at load time', () => {
    expect(detectors.pattern!.params.safeParse({ regex: ['(x'] }).success).toBe(false);
    expect(detectors.pattern!.params.safeParse({}).success).toBe(false);
  });
});

describe('wordRegex', () => {
  it('matches whole words, with or without accents, any apostrophe', () => {
    const re = wordRegex(['élu', "d'après", 'con'], 'giu');
    expect('Un elu, un ÉLU, d’après lui; conseil, con.'.match(re)).toEqual(['elu', 'ÉLU', 'd’après', 'con']);
  });
});
