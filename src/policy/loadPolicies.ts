import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { policySchema, ruleSchema, type Policy, type RuleConfig } from './schema.js';
import { detectors } from './rules/detectors.js';
import { compilePolicy } from './compilePolicy.js';
import { PolicyLoadError, type PolicyProblem } from './PolicyLoadError.js';
import { projectPath } from '../projectPath.js';

export { PolicyLoadError } from './PolicyLoadError.js';
export const DEFAULT_POLICY_DIR = projectPath('policies/');

const dotted = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(top)');

/**
 * Reads every `*.yml` in `dir` (the repo's `policies/` by default), validates it, checks each rule's detector and
 * params, and compiles every rule once. Any problem anywhere → one PolicyLoadError listing them all.
 */
export async function loadPolicies(
  dir: string = DEFAULT_POLICY_DIR,
  opts: { /** Problems that do not stop a policy from loading (a duplicate alternative in a lexicon), each once. */ warn?: (w: PolicyProblem) => void } = {},
): Promise<Map<string, Policy>> {
  const warned = new Set<string>();
  const warn = (w: PolicyProblem) => {
    if (warned.has(w.message)) return;
    warned.add(w.message);
    opts.warn?.(w);
  };
  const problems: PolicyProblem[] = [];
  const policies = new Map<string, Policy>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yml') || n.endsWith('.yaml')).sort();
  } catch (err) {
    throw new PolicyLoadError([{ file: dir, path: '(dir)', message: `cannot read the policy directory (${(err as NodeJS.ErrnoException).code ?? err})` }]);
  }
  if (names.length === 0) throw new PolicyLoadError([{ file: dir, path: '(dir)', message: 'no policy file (*.yml) here' }]);

  for (const name of names) {
    const file = join(dir, name);
    const found = await loadOne(file, warn);
    problems.push(...found.problems);
    if (found.policy) {
      if (policies.has(found.policy.id)) {
        problems.push({ file, path: 'id', message: `policy id '${found.policy.id}' is already used by another file` });
      } else policies.set(found.policy.id, found.policy);
    }
  }
  if (problems.length > 0) throw new PolicyLoadError(problems);
  return policies;
}

async function loadOne(file: string, warn: (w: PolicyProblem) => void): Promise<{ policy?: Policy; problems: PolicyProblem[] }> {
  const problems: PolicyProblem[] = [];
  const doc = parseDocument(await readFile(file, 'utf8'), { prettyErrors: true });
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
    // Rules that are well formed still get their detector and params checked, so one run lists everything.
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
  const policy = parsed.data;
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
  if (problems.length > 0) return { problems };
  try {
    compilePolicy(policy);
  } catch (err) {
    return { problems: [{ file, path: 'rules', message: err instanceof Error ? err.message : String(err) }] };
  }
  policy.rules.forEach((rule, i) => {
    const detector = detectors[rule.detector]!;
    for (const message of detector.warnings?.(detector.params.parse(rule.params)) ?? []) warn({ file, path: `rules.${i}.params`, message });
  });
  return { policy, problems };
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
