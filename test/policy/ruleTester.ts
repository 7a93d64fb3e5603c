// A table-driven tester in the manner of eslint's RuleTester: `valid` texts must not raise the category,
// `invalid` ones must, with the words found (`match`) and the verdict when the case says so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/policy/schema.js';
import type { CheckContext } from '../../src/policy/check.js';
import { check } from '../../src/policy/check.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import type { Category, Kind, Verdict } from '../../src/policy/types.js';

export interface Case {
  text: string;
  kind?: Kind;
  context?: CheckContext;
  /** invalid: a finding's match must contain this (case-insensitive). */
  match?: string;
  verdict?: Verdict;
  /** invalid: the finding must carry the policy's reply. */
  reply?: boolean;
  policy?: string;
}

/** The shipped policies for a file of tables: loaded once before its tests (compiling every lexicon takes a while). */
export function shippedPolicies(): () => Map<string, Policy> {
  let policies: Map<string, Policy>;
  beforeAll(async () => {
    policies = await loadPolicies();
  }, 120_000);
  return () => policies;
}

const asCase = (c: string | Case): Case => (typeof c === 'string' ? { text: c } : c);

export function ruleTable(
  policies: () => Map<string, Policy>,
  defaultPolicy: string,
  category: Category,
  table: { valid: (string | Case)[]; invalid: (string | Case)[] },
): void {
  describe(`${category}`, () => {
    for (const c of table.valid.map(asCase)) {
      it(`valid: ${c.text.slice(0, 70)}`, () => {
        const policy = policies().get(c.policy ?? defaultPolicy)!;
        const r = check(policy, c.text, { kind: c.kind ?? 'comment', context: c.context ?? {} });
        expect(r.findings.filter((f) => f.category === category)).toEqual([]);
        if (c.verdict) expect(r.verdict).toBe(c.verdict);
      });
    }
    for (const c of table.invalid.map(asCase)) {
      it(`invalid: ${c.text.slice(0, 70)}`, () => {
        const policy = policies().get(c.policy ?? defaultPolicy)!;
        const r = check(policy, c.text, { kind: c.kind ?? 'comment', context: c.context ?? {} });
        const found = r.findings.filter((f) => f.category === category);
        expect(found.length, JSON.stringify(r.findings.map((f) => [f.category, f.match]))).toBeGreaterThan(0);
        for (const f of found) {
          expect(c.text.slice(f.span[0], f.span[1])).toBe(f.match);
          expect(f.rule.startsWith(`${policy.id}/`)).toBe(true);
          expect(f.message.fr.length).toBeGreaterThan(10);
          expect(f.message.en.length).toBeGreaterThan(10);
        }
        if (c.match) expect(found.some((f) => f.match.toLowerCase().includes(c.match!.toLowerCase()))).toBe(true);
        if (c.verdict) expect(r.verdict).toBe(c.verdict);
        if (c.reply) expect(found.every((f) => f.reply && f.reply.fr && f.reply.en)).toBe(true);
      });
    }
  });
}
