// The built CLI, as an operator runs it: `bin/vigie.js` → dist/ under plain node (no tsx, no TypeScript).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, staleBuilt } from '../helpers/ensureBuilt.js';

const bin = join(ROOT, 'bin', 'vigie.js');

beforeAll(() => ensureBuilt(), 180_000);

describe('bin/vigie.js (built)', () => {
  it('dist/ is as new as every source', () => {
    expect(staleBuilt()).toEqual([]);
  });

  it('checks a text read on standard input with plain node, loading no TypeScript', () => {
    const env = { ...process.env, VIGIE_POLICY: 'senneterre', NODE_OPTIONS: '' };
    const found = spawnSync(process.execPath, ['--trace-warnings', bin, 'check', '--json'], {
      input: 'LA RUE EST ENCORE FERMÉE CE MATIN\n',
      env,
      encoding: 'utf8',
    });
    expect(found.stderr).toBe('');
    expect(found.status).toBe(1);
    expect(JSON.parse(found.stdout)).toMatchObject({ policy: 'senneterre', verdict: 'review', findings: [{ category: 'shouting' }] });
  }, 60_000);

  it('answers one text given on the command line, and its exit code says what it found', () => {
    const env = { ...process.env, NODE_OPTIONS: '' };
    const clean = spawnSync(process.execPath, [bin, 'check', 'Bonjour'], { env, encoding: 'utf8' });
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, 'Conforme — Rien à signaler selon la politique.\n', '']);
    const bad = spawnSync(process.execPath, [bin, 'nope'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vigie: unknown command 'nope'/);
  }, 60_000);

  it('answers every line of a --jsonl batch and exits 2 when one was bad', () => {
    const env = { ...process.env, VIGIE_POLICY: 'senneterre', NODE_OPTIONS: '' };
    const lines = ['{"id":1,"text":"Merci!"}', '{"id":2,"text":"Bonjour","policy":"nowhere"}', '{"id":3,"text":"Gang de connards"}'];
    const batch = spawnSync(process.execPath, [bin, 'check', '--jsonl'], { input: `${lines.join('\n')}\n`, env, encoding: 'utf8' });
    expect(batch.status).toBe(2);
    expect(
      batch.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toMatchObject([
      { id: 1, verdict: 'ok' },
      { id: 2, error: "line 2: unknown policy 'nowhere'" },
      { id: 3, verdict: 'hide' },
    ]);
  }, 60_000);
});
