import type { Policy, RuleConfig } from './schema.js';
import type { DetectInput, Hit } from './rules/Detector.js';
import { detectors } from './rules/detectors.js';

export interface CompiledRule {
  config: RuleConfig;
  /** `${policy.id}/${rule.id}`. */
  id: string;
  detect: (input: DetectInput) => Hit[];
}

// Keyed by the rules, not the policy object: a policy given extra closing days by the routing file is a copy with
// another calendar and the same rules, and must not compile its lexicons a second time.
const compiled = new WeakMap<Policy['rules'], CompiledRule[]>();

/**
 * The policy's rules, each compiled once into its detector's matcher. The loader calls this after validating
 * params, so a policy from `loadPolicies` never fails here; a policy built by hand fails loudly on first use.
 */
export function compilePolicy(policy: Policy): CompiledRule[] {
  const known = compiled.get(policy.rules);
  if (known) return known;
  const rules = policy.rules.map((rule, index) => {
    const detector = detectors[rule.detector];
    if (!detector) throw new Error(`${policy.id}: rule '${rule.id}': unknown detector '${rule.detector}'`);
    const params = detector.params.parse(rule.params);
    try {
      return { config: rule, id: `${policy.id}/${rule.id}`, detect: detector.compile(params, rule, policy) };
    } catch (err) {
      throw new RuleCompileError(index, err instanceof Error ? err.message : String(err));
    }
  });
  compiled.set(policy.rules, rules);
  return rules;
}

/** A rule whose params passed their schema but whose data does not compile (a lexicon's phrase, a frame's set):
 *  the loader reports it at that rule's params. */
export class RuleCompileError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = 'RuleCompileError';
  }
}

/** Whether the policy's rules were compiled already (a lazily loaded policy compiles at its first check). */
export function isCompiled(policy: Policy): boolean {
  return compiled.has(policy.rules);
}
