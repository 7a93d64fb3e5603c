import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fakeIo.js';

beforeAll(() => loadPolicies(), 120_000);

// Issue 16 item 9: `vigie check` with no text at a terminal waited for input without a word.
describe('vigie check without TEXT', () => {
  it('at a terminal, says on standard error that it reads standard input, in the reader’s language', async () => {
    const f = fakeIo('Merci pour les renseignements!\n', { LANG: 'en_CA.UTF-8' });
    f.io.stdinIsTTY = true;
    expect(await main(['check'], f.io)).toBe(0);
    expect(f.err()).toMatch(/^Reading the text from standard input… \(type it, then Ctrl-D/);
    expect(f.out()).toMatch(/^Conforme/); // the result itself stays in the policy's language, alone on standard output
    const fr = fakeIo('Merci!\n');
    fr.io.stdinIsTTY = true;
    await main(['check', '--lang', 'fr'], fr.io);
    expect(fr.err()).toMatch(/^Lecture du texte sur l’entrée standard…/);
  });

  it('from a pipe, or with TEXT, says nothing more', async () => {
    const piped = fakeIo('Merci!\n');
    await main(['check'], piped.io);
    expect(piped.err()).toBe('');
    const typed = fakeIo('');
    typed.io.stdinIsTTY = true;
    await main(['check', 'Merci!'], typed.io);
    expect(typed.err()).toBe('');
  });
});
