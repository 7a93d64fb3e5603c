import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { DEFAULT_POLICY_DIR, loadPolicies } from '../../src/policy/loadPolicies.js';
import { documentFile, labels } from '../drafting/draftDocuments.js';
import { fakeIo } from './fakeIo.js';

async function vigie(argv: string[], env: Record<string, string | undefined> = {}, stdin = '') {
  const f = fakeIo(stdin, env);
  const code = await main(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-drafts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The first load compiles every lexicon (seconds on a busy machine); the drafts then reuse the compiled lists.
beforeAll(() => loadPolicies(), 120_000);

const seeds = readdirSync(join(DEFAULT_POLICY_DIR, 'sources')).filter((f) => f.endsWith('.txt'));
const documents = [
  ...Object.keys({ ...labels.heldOut, ...labels.development }).map((name) => ({ id: `essai-${name}`, file: documentFile(name) })),
  ...seeds.map((f) => ({ id: `seed-${f.slice(0, 3)}`, file: join(DEFAULT_POLICY_DIR, 'sources', f) })),
];

describe('vigie policy draft, through the command line (issue 20)', () => {
  it.each(documents)('$id: drafted, installed in VIGIE_POLICY_DIR, listed, and it checks a comment', { timeout: 120_000 }, async ({ id, file }) => {
    const out = join(dir, `${id}.yml`);
    const drafted = await vigie(['policy', 'draft', file, '--out', out], { LANG: 'fr_CA.UTF-8' });
    expect(drafted.err).toMatch(/^Brouillon : \d+ règle/);
    expect(drafted.code).toBe(0);
    const policy = parse(readFileSync(out, 'utf8')) as { id: string; rules: { category: string }[] };
    expect(policy.id).toBe(id);

    const env = { VIGIE_POLICY_DIR: dir };
    const listed = await vigie(['policies', '--json'], env);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as { id: string }[]).map((p) => p.id)).toContain(id);

    const text = 'Gang de cons, appelez-moi au 819 555-0142, je vais tout vous dire';
    const checked = await vigie(['check', '--policy', id, '--json', text], env);
    expect([0, 1]).toContain(checked.code);
    const result = JSON.parse(checked.out) as { policy: string; findings: { category: string; rule: string }[] };
    expect(result.policy).toBe(id);
    const categories = new Set(policy.rules.map((r) => r.category));
    const found = new Set(result.findings.map((f) => f.category));
    // What the draft has rules for, it finds; what it has none for, it does not.
    if (categories.has('insult')) expect(found).toContain('insult');
    if (categories.has('personal_info')) expect(found).toContain('personal_info');
    for (const c of found) expect(categories).toContain(c);
    for (const f of result.findings) expect(f.rule.startsWith(`${id}/`)).toBe(true);
  });

  it('reads standard input with --id, and HTML with its markup taken out', async () => {
    const html =
      '<html><body><h2>Nétiquette</h2><p>La Ville se réserve le droit de retirer tout commentaire :</p><ul><li>injurieux ou <b>haineux</b>;</li><li>publicitaire.</li></ul><p>Nos bureaux sont ouverts du lundi au vendredi, de 8 h à midi et de 13 h à 17 h, sauf les jours fériés. Pour toute urgence, composez le 9-1-1.</p></body></html>';
    const r = await vigie(['policy', 'draft', '-', '--id', 'ville-html', '--province', 'nb'], {}, html);
    expect(r.code).toBe(0);
    const p = parse(r.out) as {
      id: string;
      calendar: { province: string; timeZone: string; hours: Record<string, string[][]> };
      replies: Record<string, { fr: string }>;
      rules: { id: string; clause: string }[];
    };
    expect(p.id).toBe('ville-html');
    expect(p.calendar.province).toBe('NB');
    expect(p.calendar.timeZone).toBe('America/Moncton');
    expect(p.calendar.hours.mon).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(p.replies.emergency!.fr).toBe('Pour toute urgence, composez le 9-1-1');
    expect(p.rules.map((x) => x.id)).toEqual(expect.arrayContaining(['insult', 'hate', 'commercial', 'emergency']));
    expect(r.out).not.toMatch(/<\/?(b|li|p)>/);
  });

  it.each([
    [['policy'], 2, /^usage : vigie policy draft/],
    [['policy', 'write', 'x.txt'], 2, /^vigie policy draft: action inconnue « write »/],
    [['policy', 'draft'], 2, /donnez le document à lire/],
    [['policy', 'draft', '/nowhere/netiquette.txt'], 2, /impossible de lire \/nowhere\/netiquette.txt \(ENOENT\)/],
    [['policy', 'draft', 'x.txt', '--lang', 'de'], 2, /langue inconnue « de » \(fr ou en\)/],
    [['policy', 'draft', 'x.txt', '--province', 'ZZ'], 2, /province inconnue « ZZ » \(possibles : AB, BC,/],
    [['policy', 'draft', 'x.txt', '--id', 'Ville Laval'], 2, /identifiant « Ville Laval » invalide/],
    [['policy', 'draft', 'x.txt', '--id', 'laval', '--out', '/tmp/montreal.yml'], 2, /le fichier d’une politique porte son identifiant, laval\.yml/],
    [['policy', 'draft', 'x.txt', '--frobnicate'], 2, /Unknown option '--frobnicate'/],
  ] as const)('%j is a usage error: one line, French by default', async (argv, code, message) => {
    const r = await vigie([...argv]);
    expect(r.code).toBe(code);
    expect(`${r.err}${r.out}`).toMatch(message);
    if (r.err) expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('speaks English to an English terminal', async () => {
    const r = await vigie(['policy', 'draft', '/nowhere/policy.txt'], { LANG: 'en_CA.UTF-8' });
    expect(r.err).toBe('vigie policy draft: cannot read /nowhere/policy.txt (ENOENT).\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    expect((await vigie(['policy', 'draft', empty], { LANG: 'en_CA.UTF-8' })).err).toBe(`vigie policy draft: ${empty} holds no text.\n`);
    void basename;
  });
});
