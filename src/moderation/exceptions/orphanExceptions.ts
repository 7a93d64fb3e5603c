import type { PageException } from '../../policy/PageException.js';
import type { Policy } from '../../policy/schema.js';

/**
 * The exceptions whose rule no loaded policy has any more (a policy file changed, a rule renamed or removed). They
 * are kept, never dropped: the rule may come back under the same id, and a person decides what to do with them.
 */
export function orphanExceptions(policies: ReadonlyMap<string, Policy>, exceptions: readonly PageException[]): PageException[] {
  const rules = new Set<string>();
  for (const p of policies.values()) for (const r of p.rules) rules.add(`${p.id}/${r.id}`);
  return exceptions.filter((e) => !rules.has(e.rule));
}
