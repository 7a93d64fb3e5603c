// The phrase syntax as a tree, and a lexicon typo reported at its file, line and column.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePhrase } from '../../src/text/parsePhrase.js';
import { lexicon, lexiconParams, matcherFor } from '../../src/policy/rules/lexicon.js';

describe('parsePhrase', () => {
  it('reads slots, optional slots, classes, prefixes and gaps, with their columns', () => {
    const { nodes, problems } = parsePhrase('@group|gens [sale] ... con*', true);
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        kind: 'slot',
        optional: false,
        column: 0,
        alternatives: [
          { kind: 'class', name: 'group', column: 0 },
          { kind: 'word', text: 'gens', star: false, column: 7 },
        ],
      },
      { kind: 'slot', optional: true, column: 12, alternatives: [{ kind: 'word', text: 'sale', star: false, column: 13 }] },
      { kind: 'gap', max: 3, column: 19 },
      { kind: 'slot', optional: false, column: 23, alternatives: [{ kind: 'word', text: 'con', star: true, column: 23 }] },
    ]);
  });

  it('an optional first word is an error; a duplicate or empty alternative a warning', () => {
    expect(parsePhrase('[ta] gueule', true).problems).toEqual([{ column: 0, message: 'a phrase must start with a required word', level: 'error' }]);
    expect(parsePhrase('dead|dead man', true).problems).toEqual([
      { column: 5, message: "'dead|dead': duplicate alternative 'dead'", level: 'warning' },
    ]);
    expect(parsePhrase('a||b c', true).problems.map((p) => [p.column, p.level])).toEqual([[2, 'warning']]);
  });
});

describe('a lexicon file with a bad phrase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-lex-'));
  mkdirSync(join(dir, 'fr'));
  const file = join(dir, 'fr', 'insult.yml');
  writeFileSync(file, ['source: test', 'licence: CC0', 'entries:', '  - term: connard', '  - phrase: "ferme [ta]"', ''].join('\n'));

  it('is refused with its file, line and column', () => {
    // The params' schema checks their shape and that the files exist and parse; compiling the phrases comes after
    // (the loader compiles each rule and reports a failure at its params.lists).
    expect(lexiconParams.safeParse({ lists: ['insult'], language: 'fr', dir }).success).toBe(true);
    // Line 5, the phrase's text starts at column 14; `[ta]` is 6 characters in.
    expect(() => matcherFor(dir, ['insult'], 'fr')).toThrow(`${file}:5:20: a phrase must end with a required word`);
  });

  it('a duplicate alternative is a warning with its file, line and column', () => {
    // Matchers are shared by directory: another one, so this file is compiled afresh.
    const other = mkdtempSync(join(tmpdir(), 'vigie-lex-'));
    mkdirSync(join(other, 'fr'));
    writeFileSync(join(other, 'fr', 'insult.yml'), ['source: test', 'licence: CC0', 'entries:', '  - { phrase: "sale|sale con" }', ''].join('\n'));
    const params = lexiconParams.parse({ lists: ['insult'], language: 'fr', dir: other });
    expect(lexicon.warnings!(params)).toEqual([`${join(other, 'fr', 'insult.yml')}:4:21: 'sale|sale': duplicate alternative 'sale'`]);
  });
});
