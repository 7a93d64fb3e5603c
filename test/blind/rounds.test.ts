// Every blind round, once measured, is a regression test: each text Vigie gets right stays right, and the texts it
// still gets wrong are listed in known-wrong.json — a fix must remove its id there, a regression fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRound } from '../../src/cli/commands/blind.js';
import { check } from '../../src/policy/check.js';
import { shippedPolicies } from '../policy/ruleTester.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const known = new Set<string>(JSON.parse(readFileSync(join(HERE, 'known-wrong.json'), 'utf8')).ids as string[]);
const P = shippedPolicies();

for (const file of readdirSync(HERE)
  .filter((f) => /^round\d+\.jsonl$/.test(f))
  .sort()) {
  describe(file, () => {
    it('gets right every text not listed in known-wrong.json, and still wrong every one listed', () => {
      const regressions: string[] = [];
      const fixed: string[] = [];
      for (const row of readRound(join(HERE, file))) {
        const r = check(P().get(row.policy)!, row.text, { kind: row.kind });
        const right = row.expect === 'flag' ? r.verdict !== 'ok' : r.verdict === 'ok';
        const key = `${file.replace('.jsonl', '')}:${row.id}`;
        if (!right && !known.has(key)) regressions.push(`${key} expected ${row.expect}, got ${r.verdict}: ${row.text}`);
        if (right && known.has(key)) fixed.push(key);
      }
      expect(regressions, 'texts that were right and are now wrong').toEqual([]);
      expect(fixed, 'texts now right: remove them from known-wrong.json').toEqual([]);
    });
  });
}
