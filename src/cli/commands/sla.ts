// `vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]`
import type { CliIo } from '../io.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { slaCommand } from '../../sla/slaCommand.js';

export async function run(argv: string[], io: CliIo): Promise<number> {
  let policies;
  try {
    policies = await loadPolicies(io.env.VIGIE_POLICY_DIR || undefined, { lazy: true });
  } catch (err) {
    if (!(err instanceof PolicyLoadError)) throw err;
    io.err(`vigie sla: ${err.message}\n`);
    return 2;
  }
  return slaCommand(argv, io, policies);
}
