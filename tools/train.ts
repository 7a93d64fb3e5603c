// `npm run train [-- --config FILE] [--quick]`: trains the learned second opinion (policies/models/README.md) from
// the files its training config lists, measures it by leave-one-round-out cross-validation, and writes the model
// with its thresholds and held-out figures. Deterministic: the same files and config give the same bytes.
//
// Honest thresholds: for each held-out round, the threshold comes from an inner leave-one-round-out over the five
// other rounds only (the held-out round's labels never choose it), and the figures of that round are read with
// that threshold. The shipped model is trained on every round, with thresholds chosen the same way on the
// held-out scores of all six folds. `--quick` skips the inner folds (thresholds from the pooled held-out scores,
// slightly optimistic; for trying settings, not for the README).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readRound, type BlindRow } from '../src/cli/commands/blind.js';
import { normalize, type NormalizedText } from '../src/text/normalize.js';
import { CATEGORIES, type Category } from '../src/policy/types.js';
import { MODEL_FORMAT, logits, type LinearModel } from '../src/learned/LinearModel.js';
import { opinion } from '../src/policy/rules/learned.js';
import { counterSpeechOf } from '../src/policy/rules/lexicon.js';
import { loadPolicies } from '../src/policy/loadPolicies.js';
import { check } from '../src/policy/check.js';
import type { Policy } from '../src/policy/schema.js';
import { projectPath } from '../src/projectPath.js';
import { quantize, toExample, trainLogistic, type Example, type TrainOptions } from './learned/trainLogistic.js';
import { pickThresholds } from './learned/pickThresholds.js';

const configSchema = z
  .object({
    model: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    files: z.array(z.string()).min(2),
    heads: z.array(z.enum(CATEGORIES)).min(1),
    features: z.object({ bits: z.number().int().min(8).max(22), charMin: z.number().int().min(1), charMax: z.number().int().max(8) }),
    train: z.object({
      epochs: z.number().int().positive(),
      rate: z.number().positive(),
      l2: z.number().min(0),
      seed: z.number().int(),
      fixedBias: z.boolean().default(false),
    }),
    thresholds: z.object({ maxOkPerHead: z.number().gt(0).lt(1), maxOkAll: z.number().gt(0).lt(1) }),
  })
  .strict();
type Config = z.infer<typeof configSchema>;

/** Probabilities below this are never a head's opinion: no gate is computed for them, no threshold goes lower. */
const FLOOR = 0.05;

interface Row extends BlindRow {
  fold: number;
  nt: NormalizedText;
  excused: ReturnType<typeof counterSpeechOf>;
}

const args = process.argv.slice(2);
const at = args.indexOf('--config');
const configPath = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : projectPath('policies/models/second-opinion.train.yml');
const quick = args.includes('--quick');
const config: Config = configSchema.parse(parse(readFileSync(configPath, 'utf8')));
const root = projectPath('');
const spec = config.features;
const opts: TrainOptions = { bits: spec.bits, ...config.train };
const H = config.heads.length;

const files = config.files.map((f) => {
  const bytes = readFileSync(resolve(root, f));
  return { path: f, sha256: createHash('sha256').update(bytes).digest('hex'), rows: readRound(resolve(root, f)) };
});
const rows: Row[] = files.flatMap((f, fold) =>
  f.rows.map((r) => {
    const cache = new Map<string, unknown>();
    const nt = normalize(r.text);
    cache.set('text:normalized', nt);
    return { ...r, fold, nt, excused: counterSpeechOf({ text: r.text, cache }) };
  }),
);
const examples: Example[] = rows.map((r) => toExample(r.nt, spec));
const labels = config.heads.map((h) => rows.map((r) => (r.categories.includes(h) ? 1 : 0)));
const folds = files.length;
const log = (s: string) => process.stderr.write(s + '\n');

function modelOf(idx: number[]): LinearModel {
  const heads = trainLogistic(
    idx.map((i) => examples[i]!),
    labels.map((y) => idx.map((i) => y[i]!)),
    opts,
  );
  const q = quantize(heads, spec.bits);
  return {
    name: config.model,
    spec,
    heads: config.heads,
    bias: Float64Array.from(heads, (h) => h.bias),
    scale: Float64Array.from(q.scales),
    thresholds: new Float64Array(H).fill(0.5),
    weights: q.weights,
  };
}

/**
 * What each head of `model` would say of row i, through the detector's own gate: its probability, or 0 where it
 * cannot speak (a staff post: the policies' rules read comments; counter-speech).
 */
function gatedScores(model: LinearModel, idx: number[]): Float64Array[] {
  const out = config.heads.map(() => new Float64Array(rows.length));
  for (const i of idx) {
    const r = rows[i]!;
    if (r.kind !== 'comment') continue;
    const z = logits(model, r.nt);
    for (let k = 0; k < H; k++) {
      const o = opinion(model, k, r.nt, z, r.excused, FLOOR);
      out[k]![i] = o ? o.probability : 0;
    }
  }
  return out;
}

const byFold = (f: number) => rows.flatMap((r, i) => (r.fold === f ? [i] : []));
const notIn = (...f: number[]) => rows.flatMap((r, i) => (f.includes(r.fold) ? [] : [i]));
const okIdx = (idx: number[]) => idx.filter((i) => rows[i]!.expect === 'ok');

// Outer folds: the held-out scores of each round under a model that never saw it.
const heldOut = config.heads.map(() => new Float64Array(rows.length));
const foldThresholds: number[][] = [];
for (let f = 0; f < folds; f++) {
  log(`fold ${f + 1}/${folds}: training on the other ${folds - 1} rounds`);
  const s = gatedScores(modelOf(notIn(f)), byFold(f));
  s.forEach((col, k) => byFold(f).forEach((i) => (heldOut[k]![i] = col[i]!)));
  if (quick) continue;
  const inner = config.heads.map(() => new Float64Array(rows.length));
  for (let g = 0; g < folds; g++) {
    if (g === f) continue;
    log(`  inner fold ${g + 1}: thresholds for round ${f + 1} from the other rounds only`);
    const si = gatedScores(modelOf(notIn(f, g)), byFold(g));
    si.forEach((col, k) => byFold(g).forEach((i) => (inner[k]![i] = col[i]!)));
  }
  foldThresholds[f] = pickThresholds(inner, okIdx(notIn(f)), config.thresholds, FLOOR);
}
const finalThresholds = pickThresholds(heldOut, okIdx(rows.map((_, i) => i)), config.thresholds, FLOOR);
if (quick) for (let f = 0; f < folds; f++) foldThresholds[f] = finalThresholds;

// The rules alone: every policy's rules but the learned ones (which read the model being written).
const policies = await loadPolicies(undefined).catch(() => undefined);
const rulesOnly = new Map<string, Policy>();
const learnedHeads = new Map<string, Set<Category>>();
const fallback = new Set<string>();
for (const r of rows) {
  const p = policies?.get(r.policy);
  if (!p) {
    fallback.add(r.policy);
    continue;
  }
  if (!rulesOnly.has(p.id)) {
    rulesOnly.set(p.id, { ...p, rules: p.rules.filter((x) => x.detector !== 'learned') });
    const heads = new Set<Category>();
    for (const x of p.rules)
      if (x.detector === 'learned' && x.kinds.includes('comment')) for (const h of (x.params.heads as Category[]) ?? []) heads.add(h);
    learnedHeads.set(p.id, heads);
  }
}
if (fallback.size) log(`policies not loaded (${[...fallback].join(', ')}): rule figures left out`);
const rulesFlag = rows.map((r) => {
  const p = rulesOnly.get(r.policy);
  return p ? check(p, r.text, { kind: r.kind }).verdict !== 'ok' : false;
});
/** Whether a head the row's policy enforces speaks, held out, at its fold's threshold. */
const modelFlag = rows.map((r, i) =>
  config.heads.some((h, k) => (learnedHeads.get(r.policy)?.has(h) ?? false) && heldOut[k]![i]! >= foldThresholds[r.fold]![k]!),
);

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)} %`);
type Stat = { n: number; of: number };
const stat = (idx: number[], on: (i: number) => boolean): Stat => ({ n: idx.filter(on).length, of: idx.length });
const cats = ['hate', 'threat', 'insult', 'obscene'] as const;
const table: Record<string, unknown>[] = [];
const lines = [
  '| held out | ok texts | rules: recall · ok flagged | model: recall · ok flagged | rules or model: recall · ok flagged | hate: rules → or | threat: rules → or | insult: rules → or | obscene: rules → or |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const all = rows.map((_, i) => i);
for (const f of [...Array.from({ length: folds }, (_, f) => f), -1]) {
  const idx = f < 0 ? all : byFold(f);
  const flag = idx.filter((i) => rows[i]!.expect === 'flag');
  const ok = okIdx(idx);
  const either = (i: number) => rulesFlag[i]! || modelFlag[i]!;
  const row: Record<string, unknown> = {
    round: f < 0 ? 'all' : config.files[f],
    rules: { recall: stat(flag, (i) => rulesFlag[i]!), okFlagged: stat(ok, (i) => rulesFlag[i]!) },
    model: { recall: stat(flag, (i) => modelFlag[i]!), okFlagged: stat(ok, (i) => modelFlag[i]!) },
    either: { recall: stat(flag, either), okFlagged: stat(ok, either) },
    perHead: Object.fromEntries(config.heads.map((h, k) => [h, stat(ok, (i) => heldOut[k]![i]! >= foldThresholds[rows[i]!.fold]![k]!)])),
  };
  const cells = cats.map((c) => {
    const ci = flag.filter((i) => rows[i]!.categories[0] === c);
    row[c] = { rules: stat(ci, (i) => rulesFlag[i]!), model: stat(ci, (i) => modelFlag[i]!), either: stat(ci, either) };
    return `${pct(ci.filter((i) => rulesFlag[i]!).length, ci.length)} → ${pct(ci.filter(either).length, ci.length)}`;
  });
  table.push(row);
  const s = (x: Stat) => `${pct(x.n, x.of)}`;
  const r = row as { rules: { recall: Stat; okFlagged: Stat }; model: { recall: Stat; okFlagged: Stat }; either: { recall: Stat; okFlagged: Stat } };
  lines.push(
    `| ${f < 0 ? 'all six' : `round ${f + 1}`} | ${ok.length} | ${s(r.rules.recall)} · ${s(r.rules.okFlagged)} | ${s(r.model.recall)} · ${s(r.model.okFlagged)} | ${s(r.either.recall)} · ${s(r.either.okFlagged)} | ${cells.join(' | ')} |`,
  );
}

const final = modelOf(all);
const q = final.weights;
const out = {
  format: MODEL_FORMAT,
  name: config.model,
  features: spec,
  training: {
    config: relative(root, configPath),
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, rows: f.rows.length })),
    heads: config.heads,
    train: config.train,
    thresholdTargets: config.thresholds,
    note: 'weights: int8 per head (scale = max |w| / 127), slot-major, base64; retrain and re-measure with `npm run train` when a listed file changes',
  },
  heads: config.heads.map((h, k) => ({
    category: h,
    bias: Number(final.bias[k]!.toFixed(6)),
    scale: final.scale[k]!,
    threshold: Number(finalThresholds[k]!.toFixed(6)),
    positives: labels[k]!.filter((y) => y === 1).length,
  })),
  crossValidation: quick
    ? 'quick: thresholds not nested, figures optimistic'
    : { method: 'leave one round out; thresholds from an inner leave-one-round-out on the training rounds', perRound: table, foldThresholds },
  weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
};
const modelPath = projectPath(`policies/models/${config.model}.json`);
writeFileSync(modelPath, JSON.stringify(out, null, 1) + '\n');
const perHead = config.heads.map((h, k) => {
  const ok = okIdx(all);
  const pos = all.filter((i) => rows[i]!.categories.includes(h) && rows[i]!.kind === 'comment');
  const on = (i: number) => heldOut[k]![i]! >= foldThresholds[rows[i]!.fold]![k]!;
  return `  ${h.padEnd(8)} held out: ok flagged ${pct(ok.filter(on).length, ok.length)}, comments of the category caught ${pct(pos.filter(on).length, pos.length)}, of those the rules miss ${pct(pos.filter((i) => on(i) && !rulesFlag[i]).length, pos.filter((i) => !rulesFlag[i]).length)}`;
});
process.stdout.write(
  `${relative(root, modelPath)}: ${config.heads.map((h, k) => `${h} ≥ ${finalThresholds[k]!.toFixed(3)}`).join(', ')}\n${perHead.join('\n')}\n\n` +
    lines.join('\n') +
    '\n',
);
