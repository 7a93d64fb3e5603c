// Policies and lexicons validated once are not validated again while their bytes (and the build) stay the same;
// the rules of a policy loaded lazily compile at its first check. A changed file is validated again.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, loadPolicies } from '../../src/policy/loadPolicies.js';
import { isCompiled } from '../../src/policy/compilePolicy.js';
import { check } from '../../src/policy/check.js';
import { DEFAULT_LEXICON_DIR } from '../../src/policy/rules/lexicon.js';
import { loadLexiconFile } from '../../src/text/lexiconFile.js';

const CHILD = fileURLToPath(new URL('./loadPoliciesChild.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-stamp-'));
  dirs.push(dir);
  return dir;
}

describe('loadPolicies with a stamp', () => {
  it('loads a policy validated before without compiling it; its first check compiles it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'senneterre.yml'), readFileSync(join(DEFAULT_POLICY_DIR, 'senneterre.yml')));
    const first = (await loadPolicies(dir, { lazy: true })).get('senneterre')!;
    // Never validated: validating compiles.
    expect(isCompiled(first)).toBe(true);
    const again = (await loadPolicies(dir, { lazy: true })).get('senneterre')!;
    expect(again).toEqual(first);
    expect(isCompiled(again)).toBe(false);
    expect(check(again, 'Gang de connards', { kind: 'comment' }).verdict).toBe('hide');
    expect(isCompiled(again)).toBe(true);
    // Without `lazy`, the rules are compiled before loadPolicies returns, stamp or not.
    expect(isCompiled((await loadPolicies(dir)).get('senneterre')!)).toBe(true);
  }, 120_000);

  it('validates again when a lexicon file changed, and reports its error', async () => {
    const dir = tempDir();
    const lexicons = join(tempDir(), 'lexicons');
    cpSync(DEFAULT_LEXICON_DIR, lexicons, { recursive: true });
    const policy = readFileSync(join(DEFAULT_POLICY_DIR, 'senneterre.yml'), 'utf8').replace(
      'params: { lists: [insult] }',
      `params: { lists: [insult], dir: ${JSON.stringify(lexicons)} }`,
    );
    writeFileSync(join(dir, 'senneterre.yml'), policy);
    // Each load in a process of its own, as each `vigie` run is: in one process, a file read once is remembered.
    const load = () => spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir], { encoding: 'utf8' }).stdout;
    expect(load()).toBe('ok senneterre\n');
    expect(load()).toBe('ok senneterre\n');
    appendFileSync(join(lexicons, 'fr', 'insult.yml'), '  - { phrase: "@nosuchclass idiot" }\n');
    expect(load()).toMatch(/insult\.yml:\d+:\d+: unknown class @nosuchclass/);
  }, 180_000);

  it('reads a lexicon file from the disk cache as a fresh parse reads it, positions included', () => {
    const dir = tempDir();
    const path = join(dir, 'insult.yml');
    writeFileSync(path, readFileSync(join(DEFAULT_LEXICON_DIR, 'fr', 'insult.yml')));
    const fresh = loadLexiconFile(path);
    const cached = loadLexiconFile(path);
    expect(fresh.ok && cached.ok).toBe(true);
    if (!fresh.ok || !cached.ok) return;
    expect(cached.file).toEqual(fresh.file);
    for (let i = 0; i < fresh.file.entries.length; i++) expect(cached.at(i)).toEqual(fresh.at(i));
  });
});
