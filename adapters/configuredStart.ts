import type { Policy } from '../src/policy/schema.js';
import { loadPolicies } from '../src/policy/loadPolicies.js';
import { policyDirs } from '../src/policy/policyDirs.js';
import { loadRouting, RoutingError, withRoutingClosures, type Routing } from '../src/moderation/routing.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { readerLang } from '../src/messages/readerLang.js';

/**
 * The environment, the policies and the routing, checked together before anything starts: every problem of the
 * three is listed at once (issue 16 item 9: an unknown VIGIE_POLICY was reported only once PORT was fixed).
 * Throws ConfigError with all of them; a routing file that is the only problem still throws RoutingError, and a
 * broken policy file PolicyLoadError, each with its own list.
 */
export async function configuredStart(
  env: Record<string, string | undefined>,
  /** Tests name a folder; otherwise VIGIE_POLICY_DIR first, then the shipped policies (src/policy/policyDirs.ts). */
  policyDir?: string,
): Promise<{ config: Config; policies: Map<string, Policy>; defaultPolicyId: string; routing: Routing }> {
  let config: Config | undefined;
  const problems: string[] = [];
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  // Validated before (a stamp in the disk cache)? Then the rules compile after the prompt is shown, not before.
  const policies = await loadPolicies(policyDir ?? policyDirs(env), { lazy: true });
  const defaultPolicyId = config?.policy ?? (env.VIGIE_POLICY?.trim() || 'mess-quebec');
  if (!policies.has(defaultPolicyId) && !problems.some((p) => p.startsWith('VIGIE_POLICY'))) {
    problems.push(`VIGIE_POLICY: unknown policy '${defaultPolicyId}' (known: ${[...policies.keys()].join(', ')})`);
  }
  let routing: Routing | undefined;
  try {
    routing = loadRouting(config?.routing, env, policies.keys());
  } catch (err) {
    if (!(err instanceof RoutingError)) throw err;
    if (problems.length === 0) throw err;
    problems.push(...err.problems.map((p) => `VIGIE_ROUTING (${err.file}): ${p}`));
  }
  if (problems.length > 0 || !config || !routing) throw new ConfigError(problems, readerLang(env) ?? 'fr');
  return { config, policies: withRoutingClosures(policies, routing), defaultPolicyId, routing };
}
