// The loader's slow path (src/policy/loadPolicies.ts): a policy file's YAML and schema, then its rules' detectors,
// params and compilation. Loaded only when a file was never validated by this build (or a lexicon changed), so
// that a start with files validated before loads neither `yaml` nor the schema checks.
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import { policySchema, ruleSchema, type Policy, type RuleConfig } from './schema.js';
import { detectors } from './rules/detectors.js';
import { compilePolicy, RuleCompileError } from './compilePolicy.js';
import type { PolicyProblem } from './PolicyLoadError.js';

const dotted = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(top)');

/** YAML, then the policy schema; a rule that is well formed gets its detector and params checked even when the
 *  policy is not, so one run lists everything. */
export function parsePolicyFile(file: string, text: string): { policy?: Policy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '(file)',
        message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, path: dotted(issue.path), message: issue.message });
    const rules = (raw as { rules?: unknown } | null)?.rules;
    const replies = (raw as { replies?: unknown } | null)?.replies;
    const known = replies !== null && typeof replies === 'object' ? (replies as Policy['replies']) : {};
    if (Array.isArray(rules)) {
      rules.forEach((r, i) => {
        const rule = ruleSchema.safeParse(r);
        if (rule.success) problems.push(...ruleProblems(file, `rules.${i}`, rule.data, known));
      });
    }
    return { problems };
  }
  return { policy: parsed.data, problems };
}

/** The file name, rule ids, each rule's detector and params, then the compilation of every rule. */
export function validatePolicy(file: string, policy: Policy, warn: (w: PolicyProblem) => void): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (policy.id !== expectedId) {
    problems.push({ file, path: 'id', message: `the id '${policy.id}' must match the file name ('${expectedId}')` });
  }
  const seen = new Set<string>();
  policy.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) problems.push({ file, path: `rules.${i}.id`, message: `rule id '${rule.id}' is used twice` });
    seen.add(rule.id);
    problems.push(...ruleProblems(file, `rules.${i}`, rule, policy.replies));
  });
  if (problems.length > 0) return problems;
  try {
    compilePolicy(policy);
  } catch (err) {
    // A rule's data that passed its schema but does not compile: a list's phrase, a frame's set.
    const path =
      err instanceof RuleCompileError ? `rules.${err.index}.params${policy.rules[err.index]?.params.lists !== undefined ? '.lists' : ''}` : 'rules';
    return [{ file, path, message: err instanceof Error ? err.message : String(err) }];
  }
  policy.rules.forEach((rule, i) => {
    const detector = detectors[rule.detector]!;
    for (const message of detector.warnings?.(detector.params.parse(rule.params)) ?? []) warn({ file, path: `rules.${i}.params`, message });
  });
  return [];
}

function ruleProblems(file: string, at: string, rule: RuleConfig, replies: Policy['replies'] | undefined): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const detector = detectors[rule.detector];
  if (!detector) {
    problems.push({
      file,
      path: `${at}.detector`,
      message: `unknown detector '${rule.detector}' (known: ${Object.keys(detectors).sort().join(', ')})`,
    });
  } else {
    const params = detector.params.safeParse(rule.params);
    if (!params.success) {
      for (const issue of params.error.issues) {
        problems.push({ file, path: `${at}.params${issue.path.length ? '.' + dotted(issue.path) : ''}`, message: issue.message });
      }
    }
  }
  if (replies && rule.reply !== undefined && !(rule.reply in replies)) {
    problems.push({
      file,
      path: `${at}.reply`,
      message: `no reply '${rule.reply}' under replies (known: ${Object.keys(replies).join(', ') || 'none'})`,
    });
  }
  return problems;
}
