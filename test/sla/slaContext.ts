import type { Context, Logger } from '../../src/moderation/Context.js';
import type { Policy } from '../../src/policy/schema.js';
import { recordingSurface, type RecordingSurface } from '../helpers/recordingSurface.js';
import { tempStore, type TempStore } from '../helpers/tempStore.js';

export interface SlaContext {
  ctx: Context;
  store: TempStore;
  slack: RecordingSurface;
  teams: RecordingSurface;
  logs: { level: string; msg: string; fields?: Record<string, unknown> }[];
}

/** A Context on a real temp SQLite store with recording Slack and Teams surfaces and the given policies. */
export async function slaContext(policies: Policy[], defaultPolicyId = policies[0]!.id): Promise<SlaContext> {
  const store = await tempStore();
  const slack = recordingSurface('slack');
  const teams = recordingSurface('teams');
  const logs: SlaContext['logs'] = [];
  const log = (level: string) => (msg: string, fields?: Record<string, unknown>) => void logs.push({ level, msg, fields });
  const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const ctx: Context = {
    policies: new Map(policies.map((p) => [p.id, p])),
    defaultPolicyId,
    store,
    surfaces: [slack, teams],
    platformFor: () => undefined,
    now: () => {
      throw new Error('runReminders and runDigest take the time as a parameter');
    },
    log: logger,
    moderators: [],
    dryRun: false,
  };
  return { ctx, store, slack, teams, logs };
}
