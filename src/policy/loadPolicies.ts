import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Policy } from './schema.js';
import { DEFAULT_MODEL_DIR } from './rules/learned.js';
import { compilePolicy } from './compilePolicy.js';
import { PolicyLoadError, type PolicyProblem } from './PolicyLoadError.js';
import { projectPath } from '../projectPath.js';
import { diskCache } from '../diskCache.js';
import { DEFAULT_LEXICON_DIR } from './rules/lexicon.js';

export { PolicyLoadError } from './PolicyLoadError.js';
export const DEFAULT_POLICY_DIR = projectPath('policies/');

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
      throw new PolicyLoadError([
        { file: d, path: '(dir)', message: `cannot read the policy directory (${(err as NodeJS.ErrnoException).code ?? err})` },
      ]);
    }
    for (const name of names) {
      const id = name.replace(/\.ya?ml$/, '');
      if (taken.has(id)) continue;
      taken.add(id);
      files.push(join(d, name));
    }
  }
  if (files.length === 0) throw new PolicyLoadError([{ file: dirs.join(', '), path: '(dir)', message: 'no policy file (*.yml) here' }]);

  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const sources = [...dirs, ...files.flatMap((file, i) => [file, texts[i]!])];
  const kindOf = (what: string) => `${what}.${createHash('sha256').update(dirs.join('\n')).digest('hex').slice(0, 12)}`;
  // The policies these very bytes gave when they were last validated: their YAML and schema were 1.4 s of wall
  // time of a 7 s `vigie check` under load, and made `yaml` a module every start had to load.
  const parsedKey = diskCache.key(kindOf('parsed'), sources);
  const known = diskCache.read<{ policies?: unknown }>(parsedKey);
  const cached = Array.isArray(known?.policies) && known.policies.length === files.length ? (known.policies as Policy[]) : undefined;
  let parsed: { file: string; policy?: Policy; problems: PolicyProblem[] }[] | undefined;
  const parse = async () => {
    const { parsePolicyFile } = await import('./parsePolicyFile.js');
    return files.map((file, i) => ({ file, ...parsePolicyFile(file, texts[i]!) }));
  };
  const loaded = cached ?? (parsed = await parse()).flatMap((p) => (p.policy ? [p.policy] : []));
  const stampKey =
    loaded.length === files.length
      ? diskCache.key(kindOf('policies'), [...sources, ...lexiconDirs(loaded).flatMap((d) => [d, ...diskCache.dirParts(d)])])
      : undefined;
  const stamp = stampKey ? diskCache.read<{ warnings?: unknown }>(stampKey) : undefined;
  if (stamp && Array.isArray(stamp.warnings)) {
    const policies = new Map(loaded.map((p) => [p.id, p]));
    for (const w of stamp.warnings as PolicyProblem[]) warn(w);
    if (!opts.lazy) for (const p of policies.values()) compilePolicy(p);
    return policies;
  }
  // A lexicon changed since: validated again from a fresh parse, as a file never seen is.
  parsed ??= await parse();

  const { validatePolicy } = await import('./parsePolicyFile.js');
  const policies = new Map<string, Policy>();
  for (const found of parsed) {
    problems.push(...found.problems);
    if (!found.policy) continue;
    const more = validatePolicy(found.file, found.policy, warn);
    problems.push(...more);
    if (more.length > 0) continue;
    if (policies.has(found.policy.id)) {
      problems.push({ file: found.file, path: 'id', message: `policy id '${found.policy.id}' is already used by another file` });
    } else policies.set(found.policy.id, found.policy);
  }
  if (problems.length > 0) throw new PolicyLoadError(problems);
  if (stampKey) {
    diskCache.write(stampKey, { warnings });
    const all = parsed.flatMap((p) => (p.policy ? [p.policy] : []));
    // Kept only when JSON gives them back as they are (a YAML `.inf` would come back as null).
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(all)), all)) diskCache.write(parsedKey, { policies: all });
  }
  return policies;
}
