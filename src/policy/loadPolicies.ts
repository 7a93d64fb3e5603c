import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { policySchema, ruleSchema, type Policy, type RuleConfig } from './schema.js';
import { DEFAULT_MODEL_DIR } from './rules/learned.js';
import { detectors } from './rules/detectors.js';
import { compilePolicy } from './compilePolicy.js';
import { PolicyLoadError, type PolicyProblem } from './PolicyLoadError.js';
import { projectPath } from '../projectPath.js';
import { diskCache } from '../diskCache.js';
import { DEFAULT_LEXICON_DIR } from './rules/lexicon.js';

export { PolicyLoadError } from './PolicyLoadError.js';
export const DEFAULT_POLICY_DIR = projectPath('policies/');

const dotted = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(top)');

/** The lexicon directories the rules of these policies read (each lexicon rule's `dir`, else the shipped one). */
function lexiconDirs(policies: Iterable<Policy>): string[] {
  // The learned detector's models too: a retrained model must be validated again like a changed lexicon.
  const dirs = new Set([DEFAULT_LEXICON_DIR, DEFAULT_MODEL_DIR]);
  for (const p of policies) {
    for (const r of p.rules) {
      const d = r.params.dir;
      if (typeof d === 'string') dirs.add(isAbsolute(d) ? d : resolve(d));
    }
  }
  return [...dirs].sort();
}

/**
 * Reads every `*.yml` in `dir` (the repo's `policies/` by default), validates it, checks each rule's detector and
 * params, and compiles every rule once. Any problem anywhere → one PolicyLoadError listing them all.
 *
 * Policy and lexicon files that were validated before, byte for byte and by this very build, are not validated
 * again (a stamp in the disk cache says so, with the warnings it gave): with `lazy`, their rules are then compiled
 * by the first check that needs them instead of here, so `npm start` shows its prompt and `vigie sla` answers
 * without waiting for the lexicons to compile.
 */
export async function loadPolicies(
  dir: string | readonly string[] = DEFAULT_POLICY_DIR,
  opts: {
    /** Problems that do not stop a policy from loading (a duplicate alternative in a lexicon), each once. */
    warn?: (w: PolicyProblem) => void;
    /** Leave compiling to the first check of each policy when these files were validated before. */
    lazy?: boolean;
  } = {},
): Promise<Map<string, Policy>> {
  const warned = new Set<string>();
  const warnings: PolicyProblem[] = [];
  const warn = (w: PolicyProblem) => {
    if (warned.has(w.message)) return;
    warned.add(w.message);
    warnings.push(w);
    opts.warn?.(w);
  };
  const problems: PolicyProblem[] = [];
  const dirs = typeof dir === 'string' ? [dir] : [...dir];
  // Several directories: a deployment's own first, the shipped ones after. A file name (= a policy id) found in an
  // earlier directory hides the same name in the later ones: the deployment's `mess-quebec.yml` replaces Vigie's.
  const files: string[] = [];
  const taken = new Set<string>();
  for (const d of dirs) {
    let names: string[];
    try {
      names = (await readdir(d)).filter((n) => n.endsWith('.yml') || n.endsWith('.yaml')).sort();
    } catch (err) {
      throw new PolicyLoadError([{ file: d, path: '(dir)', message: `cannot read the policy directory (${(err as NodeJS.ErrnoException).code ?? err})` }]);
    }
    for (const name of names) {
      const id = name.replace(/\.ya?ml$/, '');
      if (taken.has(id)) continue;
      taken.add(id);
      files.push(join(d, name));
    }
  }
  if (files.length === 0) throw new PolicyLoadError([{ file: dirs.join(', '), path: '(dir)', message: 'no policy file (*.yml) here' }]);

  const parsed: { file: string; text: string; policy?: Policy; problems: PolicyProblem[] }[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    parsed.push({ file, text, ...parseOne(file, text) });
  }
  const loaded = parsed.flatMap((p) => (p.policy ? [p.policy] : []));
  const stampKey =
    loaded.length === files.length
      ? diskCache.key(`policies.${createHash('sha256').update(dirs.join('\n')).digest('hex').slice(0, 12)}`, [
          ...dirs,
          ...parsed.flatMap((p) => [p.file, p.text]),
          ...lexiconDirs(loaded).flatMap((d) => [d, ...diskCache.dirParts(d)]),
        ])
      : undefined;
  const stamp = stampKey ? diskCache.read<{ warnings: PolicyProblem[] }>(stampKey) : undefined;
  if (stamp) {
    const policies = new Map(loaded.map((p) => [p.id, p]));
    for (const w of stamp.warnings) warn(w);
    if (!opts.lazy) for (const p of policies.values()) compilePolicy(p);
    return policies;
  }

  const policies = new Map<string, Policy>();
  for (const found of parsed) {
    problems.push(...found.problems);
    if (!found.policy) continue;
    const more = validateOne(found.file, found.policy, warn);
    problems.push(...more);
    if (more.length > 0) continue;
    if (policies.has(found.policy.id)) {
      problems.push({ file: found.file, path: 'id', message: `policy id '${found.policy.id}' is already used by another file` });
    } else policies.set(found.policy.id, found.policy);
  }
  if (problems.length > 0) throw new PolicyLoadError(problems);
  if (stampKey) diskCache.write(stampKey, { warnings });
  return policies;
}

/** YAML, then the policy schema; a rule that is well formed gets its detector and params checked even when the
 *  policy is not, so one run lists everything. */
function parseOne(file: string, text: string): { policy?: Policy; problems: PolicyProblem[] } {
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
function validateOne(file: string, policy: Policy, warn: (w: PolicyProblem) => void): PolicyProblem[] {
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
    return [{ file, path: 'rules', message: err instanceof Error ? err.message : String(err) }];
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
