import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fakeIo.js';

async function vigie(argv: string[], stdin = '', env: Record<string, string | undefined> = {}) {
  const f = fakeIo(stdin, env);
  const code = await main(['check', ...argv], f.io);
  return { code, out: f.out(), err: f.err() };
}

// The first load compiles every lexicon (seconds on a busy machine); the commands then reuse the compiled lists.
beforeAll(() => loadPolicies(), 120_000);

describe('vigie check', () => {
  it('prints the verdict in the policy language and exits 1 when it finds something', async () => {
    const r = await vigie(['Je', 'porte', 'plainte,', 'appelez-moi', 'au', '819', '555-0142'], '', { VIGIE_POLICY: 'senneterre' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^À masquer — 2 constats\n/);
    expect(r.out).toContain('(senneterre/complaint)');
    expect(r.err).toBe('');
  });

  it('exits 0 on a clean text, reading standard input when TEXT is absent', async () => {
    const r = await vigie([], 'Merci pour les renseignements sur le programme!\n');
    expect(r).toEqual({ code: 0, out: 'Conforme — Rien à signaler selon la politique.\n', err: '' });
  });

  it('gives one JSON object with --json, spans into the text read', async () => {
    const text = 'Appelez-moi au 514-555-1234 poste 22';
    const r = await vigie(['--json', '--policy', 'mess-quebec'], `${text}\n`);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ policy: 'mess-quebec', kind: 'comment', verdict: 'hide', language: 'fr' });
    expect(j.findings[0]).toMatchObject({ category: 'personal_info', rule: 'mess-quebec/personal-info', match: '514-555-1234 poste 22' });
    expect(text.slice(j.findings[0].span[0], j.findings[0].span[1])).toBe('514-555-1234 poste 22');
  });

  it('checks posts with --kind post and prints English with --lang en', async () => {
    const r = await vigie(['--kind', 'post', '--lang', 'en', 'The Ministry launches a new employment program for young people.']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Revise before publishing — 1 finding\n- \[Language\]/);
  });

  it.each([
    [['--policy', 'nowhere', 'Bonjour'], /^vigie check: unknown policy 'nowhere' \(known: .*\)\n$/],
    [['--kind', 'tweet', 'Bonjour'], /^vigie check: unknown kind 'tweet' \(comment or post\)\n$/],
    [['--frobnicate'], /^vigie check: Unknown option '--frobnicate'.*\n$/],
    [[], /^vigie check: empty text: give TEXT or pipe it on standard input\n$/],
    [['   '], /^vigie check: empty text/],
    [['--lang', 'de', 'x'], /^vigie check: unknown language 'de'/],
    [['--jsonl', 'text'], /^vigie check: --jsonl reads standard input; give no TEXT\n$/],
  ])('%j is a usage error: exit 2, one line on stderr', async (argv, message) => {
    const r = await vigie(argv as string[], '  \n');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('stops with every policy problem listed when a policy file is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
    try {
      writeFileSync(join(dir, 'a.yml'), 'id: a\nrules: [\n');
      writeFileSync(join(dir, 'b.yml'), 'id: b\n');
      const r = await vigie(['Bonjour'], '', { VIGIE_POLICY_DIR: dir });
      expect(r.code).toBe(2);
      expect(r.err).toContain('a.yml: line 3');
      expect(r.err).toMatch(/b\.yml: name: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--jsonl: one output line per input line in order, bad lines carry an error and the batch goes on', async () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'Merci!' }),
      JSON.stringify({ id: 'b', text: 'Gang de connards', policy: 'senneterre' }),
      '{not json',
      JSON.stringify({ id: 3, text: '' }),
      JSON.stringify({ id: 4, text: 'Bonjour', policy: 'nowhere' }),
      JSON.stringify({ text: 'no id' }),
      '',
      JSON.stringify({ id: 5, text: 'The Ministry launches a new employment program today.', kind: 'post' }),
      JSON.stringify({ id: 6, text: 'x', kind: 'tweet' }),
    ];
    const r = await vigie(['--jsonl'], `${lines.join('\n')}\n`);
    // Bad lines outrank the hide of line 2: the batch was not all checked (README, exit codes).
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([1, 'b', null, 3, 4, null, 5, 6]);
    expect(out[0]).toEqual({ id: 1, verdict: 'ok', findings: [], language: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 'b', verdict: 'hide' });
    expect(out[1].findings[0].rule).toBe('senneterre/insult');
    expect(out[2]).toEqual({ id: null, error: 'line 3: not valid JSON' });
    expect(out[3]).toEqual({ id: 3, error: 'line 4: empty text' });
    expect(out[4]).toEqual({ id: 4, error: "line 5: unknown policy 'nowhere'" });
    expect(out[5].error).toMatch(/^line 6: 'id': /);
    expect(out[6]).toMatchObject({ id: 5, verdict: 'review' });
    expect(out[7].error).toMatch(/^line 9: 'kind': /);
  });

  it.each([
    [
      'every line ok',
      0,
      [
        { id: 1, text: 'Merci pour les renseignements!' },
        { id: 2, text: 'Bonne journée à toute l’équipe.' },
      ],
    ],
    [
      'one line found wanting',
      1,
      [
        { id: 1, text: 'Merci!' },
        { id: 2, text: 'Gang de connards', policy: 'senneterre' },
      ],
    ],
    ['one malformed line among clean ones', 2, [{ id: 1, text: 'Merci!' }, '{not json']],
    ['an unknown policy', 2, [{ id: 1, text: 'Merci!', policy: 'nowhere' }]],
    ['a hide and a bad line', 2, [{ id: 1, text: 'Gang de connards', policy: 'senneterre' }, { text: 'no id' }]],
  ])('--jsonl with %s exits %i', async (_what, code, lines) => {
    const input = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
    const r = await vigie(['--jsonl'], `${input}\n`);
    expect(r.code).toBe(code);
    // Whatever the code, every line is answered, in order, and nothing goes to standard error.
    expect(r.out.trim().split('\n')).toHaveLength(lines.length);
    expect(r.err).toBe('');
  });

  it('--jsonl: a line with a long run of one character is checked, and the batch goes on (it used to end it with a stack trace)', async () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'é'.repeat(7_538) }),
      JSON.stringify({ id: 2, text: `${'s.'.repeat(4_000)} Gang de connards` }),
      JSON.stringify({ id: 3, text: 'Merci!' }),
    ];
    const r = await vigie(['--jsonl', '--policy', 'senneterre'], `${lines.join('\n')}\n`);
    expect(r.code).toBeLessThan(2); // 2 would mean a line was not checked
    expect(r.err).toBe('');
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
    expect(out.every((o) => typeof o.verdict === 'string')).toBe(true);
  });

  it('--jsonl handles thousands of lines', async () => {
    const texts = ['Merci!', 'Je porte plainte', 'Appelez au 514-555-1234', 'Gang de connards', 'Votez CAQ'];
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `${texts[i % 5]} ${i}` })).join('\n');
    const r = await vigie(['--jsonl', '--policy', 'senneterre'], input);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(r.code).toBe(1);
    expect(out).toHaveLength(3000);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(out.filter((o) => o.verdict === 'ok').length).toBe(600);
  });
});
