// `node --import tsx test/policy/loadPoliciesChild.ts DIR`: loads DIR lazily in a fresh process (no in-process
// memo of files read before) and prints `ok <ids>` or the PolicyLoadError's message.
import { loadPolicies } from '../../src/policy/loadPolicies.js';

loadPolicies(process.argv[2], { lazy: true }).then(
  (p) => process.stdout.write(`ok ${[...p.keys()].join(',')}\n`),
  (err: unknown) => process.stdout.write(`${err instanceof Error ? err.message : String(err)}\n`),
);
