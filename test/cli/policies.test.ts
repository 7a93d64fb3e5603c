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
    expect(r.out).toContain('lun–ven 08:30–16:30 (America/Toronto, QC)');
    expect(r.out).toContain('commentaires 1 jour ouvrable, messages 2 jours ouvrables');
  });

  it('speaks English with --lang en and gives JSON with --json', async () => {
    expect((await vigie(['--lang', 'en'])).out).toContain('Mon–Fri 08:30–16:30 (America/Toronto, ON)');
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
