// L2-regularized logistic regression on hashed sparse features, trained by AdaGrad (per-feature step sizes).
//
// Why a trainer of our own: the npm libraries that train logistic regression (ml-logistic-regression and its
// kin) take a dense matrix; 2,600 texts × 2^18 hashed slots is 680 million cells. No maintained npm package
// trains a sparse linear model; this one is forty lines, deterministic (a seeded shuffle, no parallelism), and
// tested in test/learned/trainLogistic.test.ts to learn a separable fixture.
import type { NormalizedText } from '../../src/text/normalize.js';
import { hashFeatures, type FeatureSpec } from '../../src/learned/hashFeatures.js';

/** One text as the trainer sees it: distinct slots, ascending, with their value (occurrences / √features). */
export interface Example {
  slots: Int32Array;
  values: Float32Array;
}

export function toExample(nt: NormalizedText, spec: FeatureSpec): Example {
  const counts = new Map<number, number>();
  // A pair of words is reported for each of its words at half weight; the sum is the feature's own count.
  const n = hashFeatures(nt, spec, { add: (slot, _t, w) => counts.set(slot, (counts.get(slot) ?? 0) + w) });
  const slots = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
  return { slots, values: Float32Array.from(slots, (s) => counts.get(s)! * norm) };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty, applied to the weights an example touches (lazy, as sparse trainers do). */
  l2: number;
  seed: number;
  /**
   * Keep each head's bias at the log-odds of its category in the training texts instead of learning it. With a
   * learned bias the ok texts' polite words carry the "no" and a text of unknown words lands near 50 %: short or
   * off-domain comments (« Oui », "A 16 ans, c'est excusable") were flagged. A fixed prior makes the words of
   * the category carry the "yes".
   */
  fixedBias?: boolean;
}

export interface TrainedHead {
  weights: Float64Array;
  bias: number;
}

/** mulberry32: a tiny seeded generator, so the same data and seed give the same model on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One binary head per row of `labels` (`labels[h][i]` is 1 when example i is of head h's category), trained
 * together: the heads share the shuffled order and the pass over each example's slots (weights slot-major, as in
 * the model file), which is most of the time.
 */
export function trainLogistic(examples: readonly Example[], labels: readonly ArrayLike<number>[], opts: TrainOptions): TrainedHead[] {
  const n = labels.length;
  const dim = 1 << opts.bits;
  const w = new Float64Array(dim * n);
  const g2 = new Float64Array(dim * n);
  const bias = new Float64Array(n);
  if (opts.fixedBias) {
    for (let h = 0; h < n; h++) {
      let pos = 0;
      for (let i = 0; i < examples.length; i++) pos += labels[h]![i]!;
      bias[h] = Math.log((pos + 1) / (examples.length - pos + 1));
    }
  }
  const biasG2 = new Float64Array(n);
  const z = new Float64Array(n);
  const g = new Float64Array(n);
  const order = Array.from(examples, (_, i) => i);
  const random = seeded(opts.seed);
  const EPS = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const i of order) {
      const { slots, values } = examples[i]!;
      z.set(bias);
      for (let k = 0; k < slots.length; k++) {
        const base = slots[k]! * n;
        const v = values[k]!;
        for (let h = 0; h < n; h++) z[h]! += w[base + h]! * v;
      }
      for (let h = 0; h < n; h++) {
        g[h] = 1 / (1 + Math.exp(-z[h]!)) - labels[h]![i]!;
        if (opts.fixedBias) continue;
        biasG2[h]! += g[h]! * g[h]!;
        bias[h]! -= (opts.rate * g[h]!) / Math.sqrt(biasG2[h]! + EPS);
      }
      for (let k = 0; k < slots.length; k++) {
        const base = slots[k]! * n;
        const v = values[k]!;
        for (let h = 0; h < n; h++) {
          const at = base + h;
          const grad = g[h]! * v + opts.l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (opts.rate * grad) / Math.sqrt(g2[at]! + EPS);
        }
      }
    }
  }
  return Array.from({ length: n }, (_, h) => {
    const weights = new Float64Array(dim);
    for (let s = 0; s < dim; s++) weights[s] = w[s * n + h]!;
    return { weights, bias: bias[h]! };
  });
}

/** The logit of one example under a trained (unquantized) head. */
export function logitOf(head: TrainedHead, ex: Example): number {
  let z = head.bias;
  for (let k = 0; k < ex.slots.length; k++) z += head.weights[ex.slots[k]!]! * ex.values[k]!;
  return z;
}

/**
 * Heads to int8, slot-major (weights[slot * heads + head]), each with its own scale = max |w| / 127: what the model
 * file stores. Weights under half a step become 0.
 */
export function quantize(heads: readonly TrainedHead[], bits: number): { weights: Int8Array; scales: number[] } {
  const dim = 1 << bits;
  const n = heads.length;
  const out = new Int8Array(dim * n);
  const scales = heads.map((h) => {
    let max = 0;
    for (let s = 0; s < dim; s++) max = Math.max(max, Math.abs(h.weights[s]!));
    return max > 0 ? max / 127 : 1;
  });
  heads.forEach((h, k) => {
    for (let s = 0; s < dim; s++) out[s * n + k] = Math.round(h.weights[s]! / scales[k]!);
  });
  return { weights: out, scales };
}
