import type { WebClient } from '@slack/web-api';
import type { Context } from '../../../src/moderation/Context.js';
import { tellUser } from '../tellUser.js';
import { say } from '../../../src/messages/Message.js';

/**
 * Runs the work that follows an acknowledgement: if it throws (the store is down, a bug), the person who clicked is
 * told in words and the operator gets the details in the log, instead of a click that silently does nothing.
 */
export async function guarded(
  ctx: Context,
  client: WebClient,
  to: { channel?: string; user: string },
  what: string,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    ctx.log.error(`slack: ${what} failed`, { user: to.user, error: err instanceof Error ? err.message : String(err) });
    const lang = ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr';
    await tellUser(client, ctx.log, to, `:warning: ${say(lang, 'surface.error')}`);
  }
}
