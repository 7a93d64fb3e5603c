// `vigie eval [--data DIR] [--json] [--policies DIR] [--policy-fr ID] [--policy-en ID]`: scores the real
// check() on labeled comments (eval/*.csv in the repository), per file and language, beside a baseline built on a
// popular profanity filter (leo-profanity with its English and French word lists), and says which targets
// are met. A measurement, not a fit: nothing here looks at a row to change a rule.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type { CliIo } from '../io.js';
import type { Category, Lang } from '../../policy/types.js';
import type { Policy } from '../../policy/schema.js';
import { check } from '../../policy/check.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { projectPath } from '../../projectPath.js';

const DEFAULT_DATA = projectPath('eval/');
const DEFAULT_POLICY: Record<Lang, string> = { fr: 'mess-quebec', en: 'ombudsman-ontario' };
/** Categories a lexicon filter is about; `toxic` (binary file) means any of them. */
const TOXIC: Category[] = ['insult', 'hate', 'obscene', 'threat'];
const LABEL_TO_CATEGORY: Record<string, Category | 'toxic'> = {
  insult: 'insult',
  hate: 'hate',
  obscene: 'obscene',
  threat: 'threat',
  spam: 'commercial',
  toxic: 'toxic',
};
const TARGET_FP = 0.05;
const TARGET_RECALL = 0.7;

interface Row {
  id: string;
  text: string;
  label: string;
}

export interface Score {
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FileReport {
  file: string;
  language: Lang;
  policy: string;
  rows: number;
  categories: Record<string, { engine: Score; baseline: Score }>;
  ok: {
    rows: number;
    engine: { flagged: number; rate: number };
    baseline: { flagged: number; rate: number };
    /** Which categories the engine's false positives on ok rows come from (a row may count for several). */
    byCategory: Record<string, number>;
    engineWithoutOffTopic: number;
  };
  targets: { name: string; value: number; baseline: number; target: string; met: boolean; ahead: boolean }[];
}

function usage(io: CliIo, why: string): number {
  io.err(`vigie eval: ${why} (usage: vigie eval [--data DIR] [--json] [--policies DIR] [--policy-fr ID] [--policy-en ID])\n`);
  return 2;
}

function parseArgs(argv: string[]) {
  const opts = { json: false, data: DEFAULT_DATA, policies: undefined as string | undefined, policy: { ...DEFAULT_POLICY } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--data') opts.data = resolve(value());
    else if (a === '--policies') opts.policies = resolve(value());
    else if (a === '--policy-fr') opts.policy.fr = value();
    else if (a === '--policy-en') opts.policy.en = value();
    else throw new Error(`unknown option '${a}'`);
  }
  return opts;
}

function readRows(path: string): Row[] {
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, relax_quotes: true }) as Record<
    string,
    string
  >[];
  const first = records[0];
  if (first && (!('text' in first) || !('label' in first))) {
    throw new Error(`${basename(path)}: needs the columns id,text,label (found ${Object.keys(first).join(',')})`);
  }
  return records.map((r, i) => ({ id: r.id ?? String(i + 1), text: r.text ?? '', label: (r.label ?? '').trim() }));
}

function languageOfFile(name: string): Lang | undefined {
  if (/(^|[_.-])fr([_.-]|$)/.test(name)) return 'fr';
  if (/(^|[_.-])en([_.-]|$)/.test(name)) return 'en';
  return undefined;
}

/** The baseline: leo-profanity (a dev dependency) with its English list plus french-badwords-list. */
function loadBaseline(): (text: string) => boolean {
  const require = createRequire(import.meta.url);
  let filter: { loadDictionary(n: string): void; getDictionary(n: string): string[]; add(w: string[]): void; check(t: string): boolean };
  try {
    filter = require('leo-profanity');
  } catch {
    throw new Error('the baseline needs the dev dependency leo-profanity (npm install)');
  }
  filter.loadDictionary('en');
  filter.add(filter.getDictionary('fr'));
  return (t) => filter.check(t);
}

function score(labels: boolean[], flagged: boolean[]): Score {
  let tp = 0,
    fp = 0,
    fn = 0,
    support = 0;
  labels.forEach((l, i) => {
    if (l) support++;
    if (l && flagged[i]) tp++;
    else if (!l && flagged[i]) fp++;
    else if (l && !flagged[i]) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = support === 0 ? 0 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support, tp, fp, fn, precision, recall, f1 };
}

export function evaluate(file: string, rows: Row[], language: Lang, policy: Policy, baseline: (t: string) => boolean): FileReport {
  const found = rows.map((r) => new Set(check(policy, r.text, { kind: 'comment' }).findings.map((f) => f.category)));
  const base = rows.map((r) => baseline(r.text));
  const flaggedAs = (cats: Set<Category>, c: Category | 'toxic') => (c === 'toxic' ? TOXIC.some((t) => cats.has(t)) : cats.has(c));
  // A profanity filter has no categories: a row it flags counts as flagged for each category it is about.
  const baseFlaggedAs = (i: number, c: Category | 'toxic') => c !== 'commercial' && base[i]!;

  const labels = [...new Set(rows.map((r) => r.label))].filter((l) => l !== 'ok');
  const categories: FileReport['categories'] = {};
  for (const label of labels.sort()) {
    const c = LABEL_TO_CATEGORY[label];
    if (!c) continue;
    const truth = rows.map((r) => r.label === label);
    categories[c] = {
      engine: score(
        truth,
        found.map((f) => flaggedAs(f, c)),
      ),
      baseline: score(
        truth,
        rows.map((_, i) => baseFlaggedAs(i, c)),
      ),
    };
  }
  const okIdx = rows.map((r, i) => (r.label === 'ok' ? i : -1)).filter((i) => i >= 0);
  const engineOk = okIdx.filter((i) => found[i]!.size > 0).length;
  const baseOk = okIdx.filter((i) => base[i]).length;
  const rate = (n: number) => (okIdx.length ? n / okIdx.length : 0);
  const byCategory: Record<string, number> = {};
  for (const i of okIdx) for (const c of found[i]!) byCategory[c] = (byCategory[c] ?? 0) + 1;
  const ok = {
    byCategory,
    engineWithoutOffTopic: okIdx.filter((i) => [...found[i]!].some((c) => c !== 'off_topic')).length,
    rows: okIdx.length,
    engine: { flagged: engineOk, rate: rate(engineOk) },
    baseline: { flagged: baseOk, rate: rate(baseOk) },
  };
  const targets: FileReport['targets'] = [];
  if (okIdx.length) {
    targets.push({
      name: 'false positives on ok',
      value: ok.engine.rate,
      baseline: ok.baseline.rate,
      target: `≤ ${TARGET_FP * 100} %`,
      met: ok.engine.rate <= TARGET_FP,
      ahead: ok.engine.rate <= ok.baseline.rate,
    });
  }
  // The targets name four categories per language; `toxic` (binary file) is reported, not targeted.
  for (const c of TOXIC) {
    const s = categories[c];
    if (!s) continue;
    targets.push({
      name: `${c} recall`,
      value: s.engine.recall,
      baseline: s.baseline.recall,
      target: `≥ ${TARGET_RECALL * 100} %`,
      met: s.engine.recall >= TARGET_RECALL,
      ahead: s.engine.recall > s.baseline.recall && s.engine.f1 > s.baseline.f1,
    });
  }
  return { file, language, policy: policy.id, rows: rows.length, categories, ok, targets };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);

function render(r: FileReport): string {
  const lines = [`${r.file} — ${r.language}, policy ${r.policy}, ${r.rows} rows`, ''];
  lines.push(`  category     rows │ Vigie  P %   R %  F1 % │ baseline  P %   R %  F1 %`);
  lines.push(`  ───────────────────┼──────────────────────┼─────────────────────────`);
  for (const [c, s] of Object.entries(r.categories)) {
    const e = s.engine;
    const b = s.baseline;
    lines.push(
      `  ${c.padEnd(11)} ${String(e.support).padStart(5)} │     ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)} │        ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`,
    );
  }
  lines.push(`  ok (false +) ${String(r.ok.rows).padStart(4)} │  flagged ${pct(r.ok.engine.rate)} %    │  flagged ${pct(r.ok.baseline.rate)} %`);
  const from = Object.entries(r.ok.byCategory).sort((a, b) => b[1] - a[1]);
  if (from.length) lines.push(`  ok rows flagged by: ${from.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  if (r.ok.byCategory.off_topic) {
    // The eval texts were not written on these pages, so off-topic findings say little about judgment there.
    lines.push(
      `  ok flagged without off_topic: ${pct(r.ok.engineWithoutOffTopic / Math.max(1, r.ok.rows)).trim()} % (for information; the target counts every finding)`,
    );
  }
  lines.push('');
  for (const t of r.targets) {
    lines.push(
      `  target ${t.name} ${t.target}: ${pct(t.value).trim()} % ${t.met ? 'MET' : 'NOT MET'}` +
        ` (baseline ${pct(t.baseline).trim()} %, ${t.ahead ? 'ahead' : 'NOT ahead'})`,
    );
  }
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  let files: string[];
  try {
    files = readdirSync(opts.data)
      .filter((f) => f.endsWith('.csv'))
      .sort();
  } catch {
    io.err(`vigie eval: cannot read the data directory ${opts.data}\n`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`vigie eval: no *.csv file in ${opts.data}\n`);
    return 2;
  }
  let policies: Map<string, Policy>;
  try {
    policies = await loadPolicies(opts.policies);
  } catch (err) {
    io.err(`vigie eval: ${err instanceof PolicyLoadError ? err.message : (err as Error).message}\n`);
    return 2;
  }
  let baseline: (t: string) => boolean;
  try {
    baseline = loadBaseline();
  } catch (err) {
    io.err(`vigie eval: ${(err as Error).message}\n`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const f of files) {
    const language = languageOfFile(f);
    if (!language) {
      io.err(`vigie eval: ${f}: cannot tell its language from its name (expected _fr or _en in it)\n`);
      return 2;
    }
    const policy = policies.get(opts.policy[language]);
    if (!policy) {
      io.err(`vigie eval: no policy '${opts.policy[language]}' for ${language} (have: ${[...policies.keys()].join(', ')})\n`);
      return 2;
    }
    let rows: Row[];
    try {
      rows = readRows(join(opts.data, f));
    } catch (err) {
      io.err(`vigie eval: ${f}: ${(err as Error).message.split('\n')[0]}\n`);
      return 2;
    }
    reports.push(evaluate(f, rows, language, policy, baseline));
  }
  const allMet = reports.every((r) => r.targets.every((t) => t.met));
  if (opts.json) {
    io.out(JSON.stringify({ baseline: 'leo-profanity 1.9.0 (en + french-badwords-list)', reports, allMet }) + '\n');
    return 0;
  }
  io.out('Vigie eval — the real check() on labeled comments, beside leo-profanity (en + fr word lists)\n');
  io.out('The baseline has no categories: a row it flags counts for each of insult, hate, obscene, threat.\n\n');
  for (const r of reports) io.out(render(r) + '\n');
  io.out(`all targets met: ${allMet ? 'yes' : 'no'}\n`);
  return 0;
}
