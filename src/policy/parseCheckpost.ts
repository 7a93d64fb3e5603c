import type { Policy } from './schema.js';
import type { Kind } from './types.js';

const USAGE = 'usage: /checkpost [--post|--comment] [--policy ID] TEXT';

/**
 * Reads the arguments of `/checkpost` (Slack, Teams, console): options first, then the text to check, kept as
 * typed (a `--post` further in the text is text). No text → usage with `help`.
 */
export function parseCheckpost(
  args: string,
  policies: Map<string, Policy>,
  defaultPolicyId: string,
): { kind: Kind; policy: Policy; text: string } | { error: string; help?: true } {
  let rest = args.trim();
  let kind: Kind = 'comment';
  let policyId = defaultPolicyId;
  for (;;) {
    const m = /^(--[a-z][\w-]*|-h)(?:=(\S*))?(?=\s|$)/.exec(rest);
    if (!m) break;
    const flag = m[1]!;
    rest = rest.slice(m[0].length).trimStart();
    if (flag === '--post' || flag === '--comment') kind = flag === '--post' ? 'post' : 'comment';
    else if (flag === '--policy') {
      let id = m[2];
      if (id === undefined) {
        const v = /^(\S+)/.exec(rest);
        id = v?.[1];
        rest = rest.slice(id?.length ?? 0).trimStart();
      }
      if (!id) return { error: `--policy needs a policy id (${[...policies.keys()].join(', ')})`, help: true };
      policyId = id;
    } else if (flag === '--help' || flag === '-h') return { error: USAGE, help: true };
    else return { error: `unknown option ${flag}; ${USAGE}`, help: true };
  }
  const policy = policies.get(policyId);
  if (!policy) return { error: `unknown policy '${policyId}' (known: ${[...policies.keys()].join(', ')})` };
  if (rest === '') return { error: USAGE, help: true };
  return { kind, policy, text: rest };
}
