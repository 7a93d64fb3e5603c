// `node --import tsx test/policy/checkChild.ts DIR POLICY TEXT`: loads DIR lazily in a fresh process (no in-process
// memo of what an earlier load compiled), checks TEXT against POLICY and prints the verdict and what was found.
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { check } from '../../src/policy/check.js';

const [dir, id, text] = process.argv.slice(2) as [string, string, string];
loadPolicies(dir, { lazy: true }).then(
  (p) => {
    const r = check(p.get(id)!, text, { kind: 'comment' });
    process.stdout.write(`${r.verdict} ${r.findings.map((f) => f.rule).join(',')}\n`);
  },
  (err: unknown) => process.stdout.write(`${err instanceof Error ? err.message : String(err)}\n`),
);
