// A learned linear model kept as data (policies/models/<name>.json, written by `npm run train`): one logistic
// head per category over the hashed features of src/learned/hashFeatures.ts. Weights are int8 with a scale per
// head, all heads of a slot side by side (one cache line per feature for every head), base64 in the file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, type Category } from '../policy/types.js';
import type { NormalizedText } from '../text/normalize.js';
import { hashFeatures, type FeatureSink, type FeatureSpec } from './hashFeatures.js';

export const MODEL_FORMAT = 'vigie-linear/1';

const fileSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    name: z.string().min(1),
    features: z.object({ bits: z.number().int().min(8).max(22), charMin: z.number().int().min(1), charMax: z.number().int().max(8) }),
    training: z
      .object({
        config: z.string(),
        files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), rows: z.number().int() })).min(1),
      })
      .passthrough(),
    heads: z
      .array(
        z
          .object({
            category: z.enum(CATEGORIES),
            bias: z.number(),
            scale: z.number().positive(),
            /** The probability from which the head speaks, chosen by cross-validation (see the folder's README). */
            threshold: z.number().gt(0).lt(1),
          })
          .passthrough(),
      )
      .min(1),
    /** base64 of int8 weights, slot-major: weights[slot * heads + head]. */
    weights: z.string(),
  })
  .passthrough();
export type ModelFile = z.infer<typeof fileSchema>;

export interface LinearModel {
  name: string;
  spec: FeatureSpec;
  heads: Category[];
  bias: Float64Array;
  scale: Float64Array;
  /** Probability thresholds, per head. */
  thresholds: Float64Array;
  weights: Int8Array;
}

/** A model from its file's JSON; every problem is one line that names the file. */
export function modelFromJson(json: unknown, where: string): LinearModel {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${where}: not a ${MODEL_FORMAT} model (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  }
  const f = parsed.data;
  const bytes = Buffer.from(f.weights, 'base64');
  const expected = (1 << f.features.bits) * f.heads.length;
  if (bytes.length !== expected)
    throw new Error(`${where}: ${bytes.length} weight bytes, expected ${expected} (2^${f.features.bits} slots × ${f.heads.length} heads)`);
  return {
    name: f.name,
    spec: f.features,
    heads: f.heads.map((h) => h.category),
    bias: Float64Array.from(f.heads, (h) => h.bias),
    scale: Float64Array.from(f.heads, (h) => h.scale),
    thresholds: Float64Array.from(f.heads, (h) => h.threshold),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
  };
}

export function readModelFile(path: string): { file: ModelFile; model: LinearModel } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read the model (${(err as Error).message})`, { cause: err });
  }
  return { file: json as ModelFile, model: modelFromJson(json, path) };
}

/** Sums every head's weights over a text's features; one per check, no allocation per feature. */
class SumSink implements FeatureSink {
  readonly sums: Float64Array;
  constructor(
    private readonly weights: Int8Array,
    private readonly n: number,
  ) {
    this.sums = new Float64Array(n);
  }
  add(slot: number, _token: number, weight: number): void {
    const base = slot * this.n;
    for (let k = 0; k < this.n; k++) this.sums[k]! += this.weights[base + k]! * weight;
  }
}

/** Each head's logit for the text (bias + scale · Σ weights / √features). */
export function logits(model: LinearModel, nt: NormalizedText): Float64Array {
  const sink = new SumSink(model.weights, model.heads.length);
  const count = hashFeatures(nt, model.spec, sink);
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
  const out = sink.sums;
  for (let k = 0; k < out.length; k++) out[k] = model.bias[k]! + model.scale[k]! * out[k]! * norm;
  return out;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Shares one head's weights out among the words they come from; only run when a head speaks. */
class WordSink implements FeatureSink {
  readonly perWord: Float64Array;
  constructor(
    private readonly weights: Int8Array,
    private readonly n: number,
    private readonly k: number,
    words: number,
  ) {
    this.perWord = new Float64Array(words);
  }
  add(slot: number, token: number, weight: number): void {
    this.perWord[token]! += this.weights[slot * this.n + this.k]! * weight;
  }
}

/**
 * The word that weighs most toward head `k`'s score, with its neighbour when that one weighs at least half as
 * much (« va crever », "pay a visit"): token indices [first, end), or undefined for a text without words.
 */
export function weightiest(model: LinearModel, nt: NormalizedText, k: number): [number, number] | undefined {
  if (nt.tokens.length === 0) return undefined;
  const sink = new WordSink(model.weights, model.heads.length, k, nt.tokens.length);
  hashFeatures(nt, model.spec, sink);
  const w = sink.perWord;
  let best = 0;
  for (let t = 1; t < w.length; t++) if (w[t]! > w[best]!) best = t;
  const left = best > 0 ? w[best - 1]! : -Infinity;
  const right = best + 1 < w.length ? w[best + 1]! : -Infinity;
  const half = w[best]! / 2;
  if (w[best]! > 0 && Math.max(left, right) >= half && Math.max(left, right) > 0) {
    return left >= right ? [best - 1, best + 1] : [best, best + 2];
  }
  return [best, best + 1];
}
