import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { parseCheckpost } from '../../src/policy/parseCheckpost.js';
import { describeResult } from '../../src/policy/describeResult.js';
import { check } from '../../src/policy/check.js';
import type { Policy } from '../../src/policy/schema.js';

let policies: Map<string, Policy>;
beforeAll(async () => {
  policies = await loadPolicies();
}, 120_000);

describe('parseCheckpost', () => {
  const ok = (args: string) => {
    const r = parseCheckpost(args, policies, 'mess-quebec');
    if ('error' in r) throw new Error(r.error);
    return { kind: r.kind, policy: r.policy.id, text: r.text };
  };
  it.each([
    // A draft post unless --comment: the command's name says post (issue #16).
    ['Bonjour tout le monde', { kind: 'post', policy: 'mess-quebec', text: 'Bonjour tout le monde' }],
    ['--comment Bonjour tout le monde', { kind: 'comment', policy: 'mess-quebec', text: 'Bonjour tout le monde' }],
    ['--post Nouvelle publication', { kind: 'post', policy: 'mess-quebec', text: 'Nouvelle publication' }],
    ['--policy senneterre --post Avis', { kind: 'post', policy: 'senneterre', text: 'Avis' }],
    ['--policy=baie-comeau --comment Allo', { kind: 'comment', policy: 'baie-comeau', text: 'Allo' }],
    ['--post texte avec --policy dedans', { kind: 'post', policy: 'mess-quebec', text: 'texte avec --policy dedans' }],
    ['-5 degrés ce matin', { kind: 'post', policy: 'mess-quebec', text: '-5 degrés ce matin' }],
    ['  --post   \n deux\nlignes ', { kind: 'post', policy: 'mess-quebec', text: 'deux\nlignes' }],
  ] as const)('%j', (args, expected) => {
    expect(ok(args)).toEqual(expected);
  });

  it.each([
    ['', /^usage : \/checkpost .* TEXTE$/, true, true],
    ['--post', /^usage : /, true, true],
    ['--policy', /^--policy demande l'identifiant d'une politique \(.*mess-quebec/, true, undefined],
    ['--policy nowhere Bonjour', /^politique inconnue 'nowhere' \(connues : .*mess-quebec/, undefined, undefined],
    ['--frobnicate Bonjour', /^option inconnue --frobnicate ; usage : /, true, undefined],
  ] as const)('%j is an error, in French by default', (args, message, help, usage) => {
    const r = parseCheckpost(args, policies, 'mess-quebec');
    expect('error' in r && r.error).toMatch(message);
    expect('error' in r && r.help).toBe(help);
    expect('error' in r && r.usage).toBe(usage);
  });

  it.each([
    ['', /^usage: \/checkpost .* TEXT$/],
    ['--policy', /^--policy needs a policy id \(.*mess-quebec/],
    ['--policy nowhere Bonjour', /^unknown policy 'nowhere' \(known: .*mess-quebec/],
    ['--frobnicate Bonjour', /^unknown option --frobnicate; usage: /],
  ] as const)('%j is an error in English when asked', (args, message) => {
    const r = parseCheckpost(args, policies, 'mess-quebec', 'en');
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('describeResult', () => {
  it('prints the verdict, one line per finding with category, quote, clause and reply, in either language', () => {
    const r = check(policies.get('senneterre')!, 'Je porte plainte, appelez-moi au 819 555-0142');
    const fr = describeResult(r, 'fr');
    expect(fr.split('\n')[0]).toBe('À masquer — 2 constats');
    expect(fr).toContain('- [Plainte]');
    expect(fr).toContain('- [Renseignements personnels] « 819 555-0142 »');
    expect(fr).toContain('Clause : « Les réseaux sociaux de la Ville ne sont pas un espace de plainte »');
    expect(fr).toContain('Réponse prescrite : Les réseaux sociaux de la Ville ne sont pas un espace de plainte.');
    const en = describeResult(r, 'en');
    expect(en.split('\n')[0]).toBe('To hide — 2 findings');
    expect(en).toContain('- [Personal information] “819 555-0142”');
    expect(en).toContain('Prescribed reply: ');
    expect(describeResult(check(policies.get('senneterre')!, 'Merci!'), 'fr')).toBe('Conforme — Rien à signaler selon la politique.');
  });
});
