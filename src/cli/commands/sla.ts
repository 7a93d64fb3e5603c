// `vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]`
import type { CliIo } from '../io.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { policyDirs } from '../../policy/policyDirs.js';
import { slaCommand } from '../../sla/slaCommand.js';
import { loadRouting, RoutingError, withRoutingClosures } from '../../moderation/routing.js';

export async function run(argv: string[], io: CliIo): Promise<number> {
  // Help needs no policy: it must work even when the policy files do not load.
  if (argv.includes('--help') || argv.includes('-h')) return slaCommand(argv, io, new Map());
  let policies;
  try {
    policies = await loadPolicies(policyDirs(io.env), { lazy: true });
  } catch (err) {
    if (!(err instanceof PolicyLoadError)) throw err;
    io.err(`vigie sla: ${err.message}\n`);
    return 2;
  }
  // The routing file's closing days count too, as they do for the running bot.
  if (io.env.VIGIE_ROUTING?.trim()) {
    try {
      policies = withRoutingClosures(policies, loadRouting(undefined, io.env, policies.keys()));
    } catch (err) {
      if (!(err instanceof RoutingError)) throw err;
      io.err(`vigie sla: ${err.message}\n`);
      return 2;
    }
  }
  return slaCommand(argv, io, policies);
}
