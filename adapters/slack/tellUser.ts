import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/moderation/Context.js';

/**
 * A message only the person who clicked sees, in the channel of the alert. A failure is logged, not thrown: the
 * decision it reports on is already made and recorded.
 */
export async function tellUser(
  client: WebClient,
  log: Logger,
  to: { channel?: string; user: string; threadTs?: string },
  text: string,
): Promise<void> {
  if (!to.channel) {
    log.warn('cannot tell the user: the payload names no channel', { user: to.user, text });
    return;
  }
  try {
    await client.chat.postEphemeral({ channel: to.channel, user: to.user, text, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) });
  } catch (err) {
    const e = err as { data?: { error?: string }; message?: string };
    log.warn('chat.postEphemeral failed', { user: to.user, error: e.data?.error ?? e.message ?? String(err) });
  }
}
