export interface PolicyProblem {
  /** The policy file (or lexicon file) at fault. */
  file: string;
  /** Where in the file, as a dotted path (`rules.3.params.lists`), or `(file)` for the whole file. */
  path: string;
  message: string;
}

/** Every problem in every policy file, so an operator fixes them all in one go. */
export class PolicyLoadError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files:\n` +
        problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n'),
    );
    this.name = 'PolicyLoadError';
  }
}
