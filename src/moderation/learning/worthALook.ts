import type { RuleFigures } from './ruleFigures.js';

/**
 * Which rules a weekly digest names: below this precision on enough decisions to mean something, or overruled this
 * often whatever their precision (a busy rule right 85 % of the time still costs its team many needless clicks).
 * Stated in the digest itself, so a team knows why a rule is listed and another is not.
 */
export const WORTH_A_LOOK = { below: 0.8, minDecided: 3, overruled: 5, max: 5 } as const;

export function worthALook(rules: readonly RuleFigures[], t: typeof WORTH_A_LOOK = WORTH_A_LOOK): RuleFigures[] {
  return rules.filter((r) => (r.followed + r.overruled >= t.minDecided && r.precision < t.below) || r.overruled >= t.overruled).slice(0, t.max);
}
