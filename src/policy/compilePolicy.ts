import type { Policy, RuleConfig } from './schema.js';
import type { DetectInput, Hit } from './rules/Detector.js';
import { detectors } from './rules/detectors.js';

export interface CompiledRule {
  config: RuleConfig;
  /** `${policy.id}/${rule.id}`. */
  id: string;
  detect: (input: DetectInput) => Hit[];
}

const compiled = new WeakMap<Policy, CompiledRule[]>();

/**
 * The policy's rules, each compiled once into its detector's matcher. The loader calls this after validating
 * params, so a policy from `loadPolicies` never fails here; a policy built by hand fails loudly on first use.
 */
export function compilePolicy(policy: Policy): CompiledRule[] {
  const known = compiled.get(policy);
  if (known) return known;
  const rules = policy.rules.map((rule) => {
    const detector = detectors[rule.detector];
    if (!detector) throw new Error(`${policy.id}: rule '${rule.id}': unknown detector '${rule.detector}'`);
    const params = detector.params.parse(rule.params);
    return { config: rule, id: `${policy.id}/${rule.id}`, detect: detector.compile(params, rule, policy) };
  });
  compiled.set(policy, rules);
  return rules;
}

/** Whether the policy's rules were compiled already (a lazily loaded policy compiles at its first check). */
export function isCompiled(policy: Policy): boolean {
  return compiled.has(policy);
}
