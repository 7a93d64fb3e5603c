// `npx tsx bench/findingsSnapshot.ts [out.jsonl]`: the findings of check() for every row of every labeled eval
// file (../shared/data/eval/*.csv, or the directory in VIGIE_EVAL_DIR), under each shipped policy, as a comment
// and as a post, one JSON line per (file, row, policy, kind). A change to the engine that must not change what
// it finds (a restructuring, a speed-up, a guard against hostile text) is checked by diffing two snapshots:
//   npx tsx bench/findingsSnapshot.ts /tmp/findings-before.jsonl   # before the change
//   npx tsx bench/findingsSnapshot.ts /tmp/findings-after.jsonl    # after
//   cmp /tmp/findings-before.jsonl /tmp/findings-after.jsonl
import { createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadPolicies } from '../src/policy/loadPolicies.js';
import { check } from '../src/policy/check.js';
import type { Kind } from '../src/policy/types.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const evalDir = process.env.VIGIE_EVAL_DIR ?? join(here, '..', '..', 'shared', 'data', 'eval');
const outPath = process.argv[2];
const KINDS: Kind[] = ['comment', 'post'];

if (!existsSync(evalDir)) {
  process.stderr.write(`findingsSnapshot: no eval directory at ${evalDir} (set VIGIE_EVAL_DIR)\n`);
  process.exit(2);
}
const policies = await loadPolicies();
const out = outPath ? createWriteStream(outPath) : process.stdout;
let lines = 0;
let findings = 0;
for (const file of readdirSync(evalDir)
  .filter((f) => f.endsWith('.csv'))
  .sort()) {
  const rows = parse(readFileSync(join(evalDir, file), 'utf8'), { columns: true, relax_quotes: true }) as { id: string; text: string }[];
  for (const row of rows) {
    for (const [policyId, policy] of [...policies].sort(([a], [b]) => a.localeCompare(b))) {
      for (const kind of KINDS) {
        const r = check(policy, row.text, { kind });
        const found = r.findings.map((f) => ({ rule: f.rule, span: f.span, category: f.category, severity: f.severity, action: f.action }));
        findings += found.length;
        lines++;
        out.write(
          `${JSON.stringify({ file, id: row.id, policy: policyId, kind, verdict: r.verdict, language: r.language ?? null, findings: found })}\n`,
        );
      }
    }
  }
}
if (outPath) {
  await new Promise<void>((done) => (out as ReturnType<typeof createWriteStream>).end(done));
  process.stderr.write(`${lines} lines, ${findings} findings → ${outPath}\n`);
}
