import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fakeIo.js';
import { POLICY_IDS } from '../policy/policyIds.js';

async function vigie(argv: string[], env: Record<string, string | undefined> = {}) {
  const f = fakeIo('', env);
  const code = await main(['policies', ...argv], f.io);
  return { code, out: f.out(), err: f.err() };
}

// The first load compiles every lexicon (seconds on a busy machine); the command then reuses the compiled lists.
beforeAll(() => loadPolicies(), 120_000);

describe('vigie policies', () => {
  it('lists each policy with its language rule, office hours and reply target', async () => {
    const r = await vigie([]);
    expect(r.code).toBe(0);
    for (const id of POLICY_IDS) expect(r.out).toContain(`${id} — `);
    expect(r.out).toContain('Français seulement (article 1 de la Charte de la langue française).');
    expect(r.out).toContain('Heures : lun–ven 08:30–16:30 (heure de l’Est, Québec)');
    expect(r.out).toContain('Délai de réponse : commentaires 1 jour ouvrable, messages 2 jours ouvrables');
    expect(r.out).toContain("Fermé aussi : 12-24 (veille de Noël), 12-25 (Noël), 12-26 (lendemain de Noël), 12-31 (veille du jour de l'An)");
  });

  it('speaks English with --lang en, or in an English terminal, and gives JSON with --json (issue 16 item 9)', async () => {
    const en = (await vigie(['--lang', 'en'])).out;
    expect(en).toContain('Hours: Mon–Fri 08:30–16:30 (Eastern Time, Ontario)');
    expect(en).toContain('Language: French only (section 1 of the Charter of the French Language).');
    expect(en).not.toMatch(/ : |America\/Toronto/);
    expect((await vigie([], { LANG: 'en_CA.UTF-8' })).out).toBe(en);
    expect((await vigie([], { LANG: 'fr_CA.UTF-8' })).out).toContain('Heures : ');
    expect((await vigie(['--lang', 'fr'], { LANG: 'en_CA.UTF-8' })).out).toContain('Heures : ');
    const j = JSON.parse((await vigie(['--json'])).out) as { id: string; replyTarget: { message: number }; languageRule: { mode: string } }[];
    expect(j.map((p) => p.id).sort()).toEqual([...POLICY_IDS].sort());
    expect(j.find((p) => p.id === 'baie-comeau')!.replyTarget.message).toBe(2);
    expect(j.find((p) => p.id === 'mess-quebec')!.languageRule.mode).toBe('fr-only');
  });

  it('refuses an unknown option with one line', async () => {
    const r = await vigie(['--all']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
