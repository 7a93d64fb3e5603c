import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { checkAnswer } from '../checkAnswer.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackApiError } from '../slackApiError.js';
import { slackPlainText } from '../slackPlainText.js';

// Slack retries an event for up to about an hour when it believes it was not received.
const RETRY_WINDOW_MS = 2 * 3_600_000;

/**
 * `@Vigie TEXT` in a channel: checks TEXT as `/checkpost` would and answers in the thread, for everyone to see
 * (the mention was public). Slack redelivers events it thinks were lost; each event id is answered once.
 */
export function mention(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const eventId = (body as { event_id?: string }).event_id ?? `${event.channel}:${event.ts}`;
    const key = `slack:event:${eventId}`;
    const held = await ctx.store.claim(key, RETRY_WINDOW_MS);
    if (!held) return;
    const userId = event.user ?? '';
    try {
      const userLang = userId ? await deps.locales.known(userId) : undefined;
      // The mention of Vigie itself comes first in the text: `<@U0VIGIE> --post Bonjour`.
      const args = slackPlainText(event.text.replace(/^\s*<@[^>]+>\s*/, '')).trim();
      const answer = await checkAnswer(ctx, args, userLang);
      try {
        await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, unfurl_links: false, ...answer });
      } catch (err) {
        throw slackApiError('chat.postMessage', err);
      }
      if (userId && !userLang) deps.locales.warm(userId);
    } catch (err) {
      // Nothing was answered: a retry of the same event may try again.
      await ctx.store.release(held);
      ctx.log.warn(`slack: mention not answered: ${err instanceof Error ? err.message : String(err)}`, { eventId });
    }
  };
}
