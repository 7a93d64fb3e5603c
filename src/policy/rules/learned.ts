/**
 * `detector: learned` — the learned second opinion: a linear model trained on our blind rounds
 * (policies/models/README.md says what it is, what it was trained on and what it scores held out) reads the
 * normalized text and speaks when a head's probability reaches the threshold cross-validation chose. It catches
 * phrasings no list holds; it is also wrong more often than a rule, so its finding always asks a person
 * (`review`) and never hides, says it is a model with its probability, and points at the words that weigh most.
 *
 * Params, in policy YAML:
 * ```yaml
 * detector: learned
 * params:
 *   model: second-opinion   # policies/models/<model>.json (required)
 *   heads: [threat]         # the model's heads this rule enforces (categories); usually the rule's own category
 *   dir: policies/models    # where the models live (default: the package's policies/models)
 * kinds: [comment]          # staff posts only when the rule names them
 * action: review            # the only action allowed
 * ```
 * It stays silent where the rules' counter-speech cue says the text quotes or reports abuse to condemn it.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Detector, DetectInput, Hit } from './Detector.js';
import { CATEGORIES, type Category } from '../types.js';
import { CATEGORY_LABELS } from '../categoryLabels.js';
import { counterSpeechOf, normalizedOf } from './lexicon.js';
import { logits, readModelFile, sigmoid, weightiest, type LinearModel } from '../../learned/LinearModel.js';
import type { NormalizedText } from '../../text/normalize.js';
import { say } from '../../messages/Message.js';
import { projectPath } from '../../projectPath.js';

export const DEFAULT_MODEL_DIR = projectPath('policies/models/');

const models = new Map<string, LinearModel>();

function modelPath(dir: string | undefined, name: string): string {
  const base = !dir ? DEFAULT_MODEL_DIR : isAbsolute(dir) ? dir : resolve(dir);
  return join(base, `${name}.json`);
}

/** One loaded model per file, shared by every rule and policy that names it. */
export function modelAt(path: string): LinearModel {
  let m = models.get(path);
  if (!m) models.set(path, (m = readModelFile(path).model));
  return m;
}

export const learnedParams = z
  .object({
    model: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a model name: lowercase letters, digits and dashes'),
    heads: z.array(z.enum(CATEGORIES)).min(1),
    dir: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const path = modelPath(p.dir, p.model);
    if (!existsSync(path)) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: `no model '${p.model}' (expected ${path}; \`npm run train\` writes it)` });
      return;
    }
    let model: LinearModel;
    try {
      model = modelAt(path);
    } catch (err) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: (err as Error).message });
      return;
    }
    for (const h of p.heads) {
      if (!model.heads.includes(h)) {
        ctx.addIssue({ code: 'custom', path: ['heads'], message: `model '${p.model}' has no head '${h}' (it has: ${model.heads.join(', ')})` });
      }
    }
  });
export type LearnedParams = z.infer<typeof learnedParams>;

/** What one head says of a text: its probability and the words that weigh most, when it speaks. */
export interface Opinion {
  probability: number;
  /** [start, end) in the original text of the weightiest words. */
  span: [number, number];
}

/**
 * Head `k`'s opinion of a text, or undefined when it stays silent: below `threshold`, or where the weightiest
 * words are quoted or reported to be condemned (`excused`). The trainer's cross-validation calls this too, so
 * the held-out figures are those of this very gate.
 */
export function opinion(
  model: LinearModel,
  k: number,
  nt: NormalizedText,
  z: ArrayLike<number>,
  excused: (hit: { span: [number, number]; tokens: [number, number] }) => boolean,
  threshold = model.thresholds[k]!,
): Opinion | undefined {
  const probability = sigmoid(z[k]!);
  if (!(probability >= threshold)) return undefined;
  const words = weightiest(model, nt, k);
  if (!words) return undefined;
  const span = nt.span(nt.tokens[words[0]]!.start, nt.tokens[words[1] - 1]!.end);
  if (excused({ span, tokens: words })) return undefined;
  return { probability, span };
}

export const learned: Detector<LearnedParams> = {
  name: 'learned',
  params: learnedParams,
  compile(params, rule) {
    if (rule.action !== 'review') {
      throw new Error(`rule '${rule.id}': detector learned asks a person (action: review), it never hides a comment on its own`);
    }
    const path = modelPath(params.dir, params.model);
    const model = modelAt(path);
    const heads = params.heads.map((h) => ({ k: model.heads.indexOf(h), category: h as Category }));
    // Validated with the params; a model retrained since (the loader's stamp skips validation) is caught here.
    const missing = params.heads.filter((h) => !model.heads.includes(h));
    if (missing.length)
      throw new Error(`rule '${rule.id}': model '${params.model}' has no head ${missing.join(', ')} (it has: ${model.heads.join(', ')})`);
    const key = `learned:${path}`;
    return (input: DetectInput) => {
      const nt = normalizedOf(input);
      // Every head of the model in one pass over the text, shared by the rules that read the same model.
      let z = input.cache.get(key) as Float64Array | undefined;
      if (!z) input.cache.set(key, (z = logits(model, nt)));
      const hits: Hit[] = [];
      for (const { k, category } of heads) {
        if (sigmoid(z[k]!) < model.thresholds[k]!) continue;
        const o = opinion(model, k, nt, z, counterSpeechOf(input));
        if (!o) continue;
        const percent = Math.round(o.probability * 100);
        hits.push({
          span: o.span,
          action: 'review',
          note: {
            fr: say('fr', 'finding.learned', { category: CATEGORY_LABELS[category].fr, percent }),
            en: say('en', 'finding.learned', { category: CATEGORY_LABELS[category].en, percent }),
          },
        });
      }
      return hits;
    };
  },
};
