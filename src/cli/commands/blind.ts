// `vigie blind FILE.jsonl... [--json] [--misses] [--policies DIR]`: scores the real check() on a blind round —
// texts written by someone who never saw the lexicons, the rules or the tests (test/blind/README.md says how a
// round is run). It measures; it never changes a rule. The first run of a round, before any fix, is the figure
// that counts.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { CliIo } from '../io.js';
import { CATEGORIES, KINDS, type CheckResult } from '../../policy/types.js';
import type { Policy } from '../../policy/schema.js';
import { check } from '../../policy/check.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { issueLines } from '../../issueLines.js';

const USAGE = 'usage: vigie blind FILE.jsonl... [--json] [--misses] [--policies DIR]';

/** One labelled text, as the round's writer wrote it (the format is in test/blind/README.md). */
export const BlindRow = z.object({
  id: z.string().min(1),
  policy: z.string().min(1),
  kind: z.enum(KINDS),
  text: z.string(),
  expect: z.enum(['flag', 'ok']),
  action: z.enum(['hide', 'review']).nullable().optional(),
  categories: z.array(z.enum(CATEGORIES)),
  clause: z.string().optional(),
  why: z.string().optional(),
});
export type BlindRow = z.infer<typeof BlindRow>;

export interface Ratio {
  n: number;
  of: number;
  rate: number;
}

export interface BlindReport {
  files: string[];
  rows: number;
  flags: number;
  oks: number;
  /** Texts to flag that got a verdict other than ok. */
  recall: Ratio;
  /** Ok texts that got a verdict other than ok. */
  falsePositives: Ratio;
  /** Ok texts that got `hide`. */
  hiddenOk: Ratio;
  /** Of the flagged texts that were caught, those with a finding in one of the expected categories. */
  rightCategory: Ratio;
  /** Per expected main category: caught at all, and caught under that category. */
  perCategory: Record<string, { caught: Ratio; asCategory: Ratio }>;
  perPolicy: Record<string, { recall: Ratio; falsePositives: Ratio }>;
  misses: { id: string; policy: string; kind: string; expected: string[]; text: string }[];
  falseAlarms: { id: string; policy: string; kind: string; verdict: string; found: string[]; match: string[]; text: string }[];
  wrongCategory: { id: string; expected: string[]; found: string[]; text: string }[];
}

const ratio = (n: number, of: number): Ratio => ({ n, of, rate: of === 0 ? 0 : n / of });

/**
 * The rows of a round file. A row of a team's own record (`vigie decisions export`) whose text its policy does not
 * keep carries `omitted` instead: it cannot be checked, and is counted in `skipped` rather than refused.
 */
export function readRound(path: string, skipped: { n: number } = { n: 0 }): BlindRow[] {
  const rows: BlindRow[] = [];
  const errors: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        errors.push(`${basename(path)}:${i + 1}: not JSON`);
        return;
      }
      if (raw !== null && typeof raw === 'object' && !('text' in raw) && typeof (raw as { omitted?: unknown }).omitted === 'string') {
        skipped.n++;
        return;
      }
      const parsed = BlindRow.safeParse(raw);
      if (parsed.success) rows.push(parsed.data);
      else errors.push(...issueLines(parsed.error).map((l) => `${basename(path)}:${i + 1}: ${l}`));
    });
  if (errors.length) throw new Error(errors.slice(0, 10).join('\n'));
  return rows;
}

export function scoreRound(files: string[], rows: BlindRow[], policies: Map<string, Policy>): BlindReport {
  const results: CheckResult[] = rows.map((r) => {
    const policy = policies.get(r.policy);
    if (!policy) throw new Error(`${r.id}: unknown policy '${r.policy}' (have: ${[...policies.keys()].join(', ')})`);
    return check(policy, r.text, { kind: r.kind });
  });
  const flagged = (i: number) => results[i]!.verdict !== 'ok';
  const foundCats = (i: number) => [...new Set(results[i]!.findings.filter((f) => f.action !== 'note').map((f) => f.category))];
  const flagIdx = rows.flatMap((r, i) => (r.expect === 'flag' ? [i] : []));
  const okIdx = rows.flatMap((r, i) => (r.expect === 'ok' ? [i] : []));
  const caught = flagIdx.filter(flagged);
  const rightCat = caught.filter((i) => foundCats(i).some((c) => rows[i]!.categories.includes(c)));

  const perCategory: BlindReport['perCategory'] = {};
  for (const c of new Set(flagIdx.map((i) => rows[i]!.categories[0] ?? 'none'))) {
    const idx = flagIdx.filter((i) => (rows[i]!.categories[0] ?? 'none') === c);
    perCategory[c] = {
      caught: ratio(idx.filter(flagged).length, idx.length),
      asCategory: ratio(idx.filter((i) => foundCats(i).includes(c as never)).length, idx.length),
    };
  }
  const perPolicy: BlindReport['perPolicy'] = {};
  for (const p of new Set(rows.map((r) => r.policy))) {
    const f = flagIdx.filter((i) => rows[i]!.policy === p);
    const o = okIdx.filter((i) => rows[i]!.policy === p);
    perPolicy[p] = { recall: ratio(f.filter(flagged).length, f.length), falsePositives: ratio(o.filter(flagged).length, o.length) };
  }
  return {
    files: files.map((f) => basename(f)),
    rows: rows.length,
    flags: flagIdx.length,
    oks: okIdx.length,
    recall: ratio(caught.length, flagIdx.length),
    falsePositives: ratio(okIdx.filter(flagged).length, okIdx.length),
    hiddenOk: ratio(okIdx.filter((i) => results[i]!.verdict === 'hide').length, okIdx.length),
    rightCategory: ratio(rightCat.length, caught.length),
    perCategory,
    perPolicy,
    misses: flagIdx
      .filter((i) => !flagged(i))
      .map((i) => ({ id: rows[i]!.id, policy: rows[i]!.policy, kind: rows[i]!.kind, expected: rows[i]!.categories, text: rows[i]!.text })),
    falseAlarms: okIdx.filter(flagged).map((i) => ({
      id: rows[i]!.id,
      policy: rows[i]!.policy,
      kind: rows[i]!.kind,
      verdict: results[i]!.verdict,
      found: results[i]!.findings.map((f) => `${f.category}/${f.action}`),
      match: results[i]!.findings.map((f) => f.match),
      text: rows[i]!.text,
    })),
    wrongCategory: caught
      .filter((i) => !rightCat.includes(i))
      .map((i) => ({ id: rows[i]!.id, expected: rows[i]!.categories, found: foundCats(i), text: rows[i]!.text })),
  };
}

const pct = (r: Ratio) => `${(r.rate * 100).toFixed(1)} % (${r.n}/${r.of})`;

function render(r: BlindReport, misses: boolean): string {
  const lines = [
    `Blind round — ${r.files.join(', ')}: ${r.rows} texts, ${r.flags} to flag, ${r.oks} ok`,
    '',
    `  recall                 ${pct(r.recall)}`,
    `  false positives on ok  ${pct(r.falsePositives)}`,
    `  hidden ok texts        ${pct(r.hiddenOk)}`,
    `  right category         ${pct(r.rightCategory)}`,
    '',
    '  per expected category: caught · caught under that category',
  ];
  for (const [c, s] of Object.entries(r.perCategory).sort((a, b) => b[1].caught.of - a[1].caught.of)) {
    lines.push(`    ${c.padEnd(14)} ${pct(s.caught).padEnd(20)} ${pct(s.asCategory)}`);
  }
  lines.push('', '  per policy: recall · false positives');
  for (const [p, s] of Object.entries(r.perPolicy)) lines.push(`    ${p.padEnd(28)} ${pct(s.recall).padEnd(20)} ${pct(s.falsePositives)}`);
  if (misses) {
    lines.push('', 'missed:');
    for (const m of r.misses) lines.push(`  ${m.id} ${m.policy}/${m.kind} [${m.expected.join(',')}] ${m.text}`);
    lines.push('', 'false alarms:');
    for (const f of r.falseAlarms)
      lines.push(`  ${f.id} ${f.policy}/${f.kind} ${f.verdict} [${f.found.join(',')}] «${f.match.join('» «')}» ${f.text}`);
    lines.push('', 'caught under another category:');
    for (const w of r.wrongCategory) lines.push(`  ${w.id} expected [${w.expected.join(',')}] found [${w.found.join(',')}] ${w.text}`);
  }
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let json = false,
    misses = false,
    dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--misses') misses = true;
    else if (a === '--policies') {
      const v = argv[++i];
      if (!v) return (io.err(`vigie blind: --policies needs a directory (${USAGE})\n`), 2);
      dir = resolve(v);
    } else if (a === '--help' || a === '-h') return (io.out(USAGE + '\n'), 0);
    else if (a.startsWith('--')) return (io.err(`vigie blind: unknown option '${a}' (${USAGE})\n`), 2);
    else files.push(resolve(a));
  }
  if (files.length === 0) return (io.err(`vigie blind: name at least one round file (${USAGE})\n`), 2);
  let policies: Map<string, Policy>;
  try {
    policies = await loadPolicies(dir);
  } catch (err) {
    io.err(`vigie blind: ${err instanceof PolicyLoadError ? err.message : (err as Error).message}\n`);
    return 2;
  }
  let report: BlindReport;
  const skipped = { n: 0 };
  try {
    report = scoreRound(
      files,
      files.flatMap((f) => readRound(f, skipped)),
      policies,
    );
  } catch (err) {
    io.err(`vigie blind: ${(err as Error).message}\n`);
    return 2;
  }
  io.out(json ? JSON.stringify(report) + '\n' : render(report, misses));
  if (skipped.n) io.err(`vigie blind: ${skipped.n} rows without text (omitted) not scored\n`);
  return 0;
}
