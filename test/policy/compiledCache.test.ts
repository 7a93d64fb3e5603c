// The compiled words of lexicon and frame files are kept by diskCache (src/diskCache.ts) between runs: a changed
// lexicon file is compiled again and its new word found; a cache that cannot be written, or whose files are
// corrupt, only means the work is done again. Each run is a process of its own, as each `vigie` run is.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR } from '../../src/policy/loadPolicies.js';
import { DEFAULT_LEXICON_DIR } from '../../src/policy/rules/lexicon.js';

const CHILD = fileURLToPath(new URL('./checkChild.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-compiled-'));
  dirs.push(dir);
  return dir;
}

/** A policy directory whose Senneterre insult rule reads a copy of the shipped lexicons. */
function policyWithOwnLexicons(): { policies: string; lexicons: string } {
  const policies = tempDir();
  const lexicons = join(tempDir(), 'lexicons');
  cpSync(DEFAULT_LEXICON_DIR, lexicons, { recursive: true });
  const text = readFileSync(join(DEFAULT_POLICY_DIR, 'senneterre.yml'), 'utf8');
  const policy = text.replace('params: { lists: [insult] }', `params: { lists: [insult], dir: ${JSON.stringify(lexicons)} }`);
  expect(policy).not.toBe(text);
  writeFileSync(join(policies, 'senneterre.yml'), policy);
  return { policies, lexicons };
}

const run = (policies: string, cache: string, text: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CHILD, policies, 'senneterre', text], {
    encoding: 'utf8',
    env: { ...process.env, VIGIE_CACHE_DIR: cache },
  }).stdout;

describe('the compiled-lexicon cache', () => {
  it('compiles a lexicon file again when it changes, and finds its new word', () => {
    const { policies, lexicons } = policyWithOwnLexicons();
    const cache = tempDir();
    expect(run(policies, cache, 'Quel grand zorglub, celui-là')).toBe('ok \n');
    expect(readdirSync(cache).some((f) => f.startsWith('folded.'))).toBe(true);
    // From the cache this time, same answer.
    expect(run(policies, cache, 'Quel grand zorglub, celui-là')).toBe('ok \n');
    appendFileSync(join(lexicons, 'fr', 'insult.yml'), '  - { term: zorglub, severity: high }\n');
    expect(run(policies, cache, 'Quel grand zorglub, celui-là')).toMatch(/^hide .*senneterre\/insult/);
  }, 240_000);

  it('works when the cache directory cannot be written', () => {
    const { policies } = policyWithOwnLexicons();
    // Under a file, so that not even root can create it.
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    expect(run(policies, join(file, 'cache'), 'Gang de connards')).toMatch(/^hide .*senneterre\/insult/);
  }, 240_000);

  it('ignores corrupt cache files and writes them again', () => {
    const { policies } = policyWithOwnLexicons();
    const cache = tempDir();
    const first = run(policies, cache, 'Gang de connards');
    expect(first).toMatch(/^hide .*senneterre\/insult/);
    const files = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    // Cut short, JSON of another shape, another entry's envelope: each is made again.
    const garbage = ['{"key":', 'null', '{"key":"another-entry","value":[]}', '{"file":{},"positions":3}', '[]'];
    files.forEach((f, i) => writeFileSync(join(cache, f), garbage[i % garbage.length]!));
    expect(run(policies, cache, 'Gang de connards')).toBe(first);
    const rewritten = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(rewritten.some((f) => !garbage.includes(readFileSync(join(cache, f), 'utf8')))).toBe(true);
    expect(run(policies, cache, 'Gang de connards')).toBe(first);
  }, 240_000);
});
