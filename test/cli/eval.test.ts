import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/eval.js';
import { fakeIo } from './fakeIo.js';

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-eval-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const FR = `id,text,label,source,original_label
f1,"T'es un ostie de c0nn4rd",insult,test,x
f2,"Je vais te tuer",threat,test,x
f3,"Merci pour l'information.
Bonne journée!",ok,test,x
f4,"Le conseil municipal a consulté les citoyens",ok,test,x
f5,"Les musulmans sont des parasites",hate,test,x
`;
const EN = `id,text,label,source,original_label
e1,"You are a f**king idiot",insult,test,x
e2,"Thanks, that helped",ok,test,x
e3,"fuuuck this",obscene,test,x
`;

describe('vigie eval', () => {
  it('scores the real check() per file and category beside the baseline (JSON)', async () => {
    const dir = dataDir({ 'small_fr.csv': FR, 'small_en.csv': EN });
    const { io, out, err } = fakeIo();
    expect(await run(['--data', dir, '--json'], io)).toBe(0);
    expect(err()).toBe('');
    const report = JSON.parse(out());
    const fr = report.reports.find((r: { file: string }) => r.file === 'small_fr.csv');
    expect(fr).toMatchObject({ language: 'fr', policy: 'mess-quebec', rows: 5 });
    expect(fr.categories.insult.engine).toMatchObject({ support: 1, tp: 1, fn: 0 });
    expect(fr.categories.threat.engine).toMatchObject({ support: 1, tp: 1 });
    expect(fr.categories.hate.engine).toMatchObject({ support: 1, tp: 1 });
    // The multiline quoted row is one ok row, not two broken ones.
    expect(fr.ok.rows).toBe(2);
    expect(fr.ok.engine.flagged).toBe(0);
    // leo-profanity knows neither the sacre nor the masked word.
    expect(fr.categories.threat.baseline.tp).toBe(0);
    const en = report.reports.find((r: { file: string }) => r.file === 'small_en.csv');
    expect(en).toMatchObject({ language: 'en', policy: 'ombudsman-ontario', rows: 3 });
    expect(en.categories.obscene.engine.recall).toBe(1);
    expect(en.targets.map((t: { name: string }) => t.name)).toContain('insult recall');
  });

  it('prints a table with the targets by default', async () => {
    const dir = dataDir({ 'small_fr.csv': FR });
    const { io, out } = fakeIo();
    expect(await run(['--data', dir], io)).toBe(0);
    const text = out();
    expect(text).toMatch(/small_fr\.csv — fr, policy mess-quebec, 5 rows/);
    expect(text).toMatch(/target false positives on ok ≤ 5 %: 0\.0 % MET/);
    expect(text).toMatch(/target insult recall ≥ 70 %: 100\.0 % MET \(baseline/);
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--data'], /--data needs a value/],
    [['--data', '/nonexistent/vigie'], /cannot read the data directory/],
  ])('rejects %j with a one-line reason', async (argv, why) => {
    const { io, err } = fakeIo();
    expect(await run(argv as string[], io)).toBe(2);
    expect(err()).toMatch(why);
    expect(err().trim().split('\n')).toHaveLength(1);
  });

  it('says what is wrong with a file instead of a stack trace', async () => {
    const { io, err } = fakeIo();
    expect(await run(['--data', dataDir({ 'x_fr.csv': 'a,b\n1,2\n' })], io)).toBe(2);
    expect(err()).toMatch(/x_fr\.csv: needs the columns id,text,label/);
    const other = fakeIo();
    expect(await run(['--data', dataDir({ 'nolang.csv': FR })], other.io)).toBe(2);
    expect(other.err()).toMatch(/cannot tell its language/);
    const policy = fakeIo();
    expect(await run(['--data', dataDir({ 'a_fr.csv': FR }), '--policy-fr', 'nope'], policy.io)).toBe(2);
    expect(policy.err()).toMatch(/no policy 'nope' for fr/);
  });
});
