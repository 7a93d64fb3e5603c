// The trainer really learns: on a small fixture of our own (threat-like and ordinary sentences, both languages),
// a model trained on part of it ranks the unseen part right, and a model given no training does not.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { logits, modelFromJson, sigmoid, weightiest, MODEL_FORMAT, type LinearModel } from '../../src/learned/LinearModel.js';
import { logitOf, quantize, toExample, trainLogistic, type TrainOptions } from '../../tools/learned/trainLogistic.js';
import { pickThresholds } from '../../tools/learned/pickThresholds.js';

const spec = { bits: 14, charMin: 2, charMax: 5 };
const opts: TrainOptions = { bits: 14, epochs: 15, rate: 0.3, l2: 1e-4, seed: 7 };

const bad = [
  'je vais te casser la gueule',
  'on va te casser les jambes',
  'tu vas te faire casser la gueule mon gars',
  "i'm going to break your legs",
  'we will break your face',
  'someone should break his legs',
  'je vais te casser en deux',
  'they will break your neck',
  'casse-lui la gueule au maire',
  'break the mayor legs tonight',
];
const good = [
  'merci pour la réponse rapide',
  'le bureau ouvre à huit heures',
  'thanks for the quick answer',
  'the office opens at eight',
  'quand est-ce que la piscine ouvre',
  'when does the pool open',
  'merci beaucoup pour votre aide',
  'thank you for your help today',
  'la réponse est arrivée hier',
  'the answer came yesterday',
];
const unseenBad = ['il va se faire casser la gueule', 'i will break your arms', 'casser la gueule du conseiller'];
const unseenGood = ['merci pour votre réponse', 'the pool opens at nine', 'le bureau est fermé demain'];

const examples = [...bad, ...good].map((t) => toExample(normalize(t), spec));
const labels = [[...bad.map(() => 1), ...good.map(() => 0)]];

describe('trainLogistic', () => {
  it('learns: unseen threats score above unseen ordinary sentences', () => {
    const [head] = trainLogistic(examples, labels, opts);
    const score = (t: string) => logitOf(head!, toExample(normalize(t), spec));
    const worstBad = Math.min(...unseenBad.map(score));
    const bestGood = Math.max(...unseenGood.map(score));
    expect(worstBad).toBeGreaterThan(bestGood);
    expect(sigmoid(worstBad)).toBeGreaterThan(0.5);
    expect(sigmoid(bestGood)).toBeLessThan(0.5);
  });

  it('without training, it cannot tell them apart', () => {
    const [head] = trainLogistic(examples, labels, { ...opts, epochs: 0 });
    const score = (t: string) => logitOf(head!, toExample(normalize(t), spec));
    expect(new Set([...unseenBad, ...unseenGood].map(score)).size).toBe(1);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const a = trainLogistic(examples, labels, opts)[0]!;
    const b = trainLogistic(examples, labels, opts)[0]!;
    const c = trainLogistic(examples, labels, { ...opts, seed: 8 })[0]!;
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('the quantized model the file stores scores as the trained one, and points at the words that weigh', () => {
    const heads = trainLogistic(examples, labels, opts);
    const q = quantize(heads, spec.bits);
    const model: LinearModel = modelFromJson(
      {
        format: MODEL_FORMAT,
        name: 'fixture',
        features: spec,
        training: { config: 'x', files: [{ path: 'x', sha256: '0'.repeat(64), rows: 20 }] },
        heads: [{ category: 'threat', bias: heads[0]!.bias, scale: q.scales[0], threshold: 0.5 }],
        weights: Buffer.from(q.weights.buffer).toString('base64'),
      },
      'fixture',
    );
    for (const t of [...unseenBad, ...unseenGood]) {
      const nt = normalize(t);
      expect(logits(model, nt)[0]).toBeCloseTo(logitOf(heads[0]!, toExample(nt, spec)), 1);
    }
    const nt = normalize('merci mais je vais te casser la gueule demain');
    const [a, b] = weightiest(model, nt, 0)!;
    const words = nt.tokens.slice(a, b).map((t) => t.text);
    expect(words.some((w) => ['casser', 'gueule', 'te', 'vais'].includes(w))).toBe(true);
    expect(words).not.toContain('merci');
  });

  it('a model file with the wrong number of weights is refused with the reason', () => {
    expect(() =>
      modelFromJson(
        {
          format: MODEL_FORMAT,
          name: 'x',
          features: spec,
          training: { config: 'x', files: [{ path: 'x', sha256: '0'.repeat(64), rows: 1 }] },
          heads: [{ category: 'threat', bias: 0, scale: 1, threshold: 0.5 }],
          weights: Buffer.alloc(10).toString('base64'),
        },
        'bad.json',
      ),
    ).toThrow(/bad\.json: 10 weight bytes, expected 16384/);
  });
});

describe('pickThresholds', () => {
  it('lets at most the allowed share of ok texts through, per head and together', () => {
    // 100 ok texts with scores 0.00..0.99 for head 0, reversed for head 1; 2 % per head, 3 % together.
    const s0 = Float64Array.from({ length: 100 }, (_, i) => i / 100);
    const s1 = Float64Array.from({ length: 100 }, (_, i) => (99 - i) / 100);
    const ok = Array.from({ length: 100 }, (_, i) => i);
    const [t0, t1] = pickThresholds([s0, s1], ok, { maxOkPerHead: 0.02, maxOkAll: 0.03 }, 0.05);
    const flagged = ok.filter((i) => s0[i]! >= t0! || s1[i]! >= t1!).length;
    expect(ok.filter((i) => s0[i]! >= t0!).length).toBeLessThanOrEqual(2);
    expect(flagged).toBeLessThanOrEqual(3);
    expect(flagged).toBeGreaterThanOrEqual(2);
  });
});
