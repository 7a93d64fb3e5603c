import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { check } from '../../../src/policy/check.js';
import { parseCheckpost } from '../../../src/policy/parseCheckpost.js';
import { checkBlocks, checkText } from '../blocks/checkBlocks.js';
import { helpBlocks } from '../blocks/helpBlocks.js';
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
    if (!(await ctx.store.claim(`slack:event:${eventId}`, RETRY_WINDOW_MS))) return;
    const userId = event.user ?? '';
    const userLang = userId ? await deps.locales.known(userId) : undefined;
    // The mention of Vigie itself comes first in the text: `<@U0VIGIE> --post Bonjour`.
    const args = slackPlainText(event.text.replace(/^\s*<@[^>]+>\s*/, '')).trim();
    const parsed = parseCheckpost(args, ctx.policies, ctx.defaultPolicyId);
    const thread_ts = event.thread_ts ?? event.ts;
    let message: { text: string; blocks: unknown[] };
    if ('error' in parsed) {
      const lang = userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr';
      const usageOnly = parsed.help && parsed.error.startsWith('usage:');
      message = { text: parsed.error, blocks: helpBlocks(lang, ctx.policies, ctx.defaultPolicyId, usageOnly ? undefined : parsed.error) };
    } else {
      const lang = userLang ?? parsed.policy.language;
      const result = check(parsed.policy, parsed.text, { kind: parsed.kind });
      message = { text: checkText(result, { kind: parsed.kind, lang }), blocks: checkBlocks(result, parsed.text, { kind: parsed.kind, policy: parsed.policy, lang }) };
    }
    try {
      await client.chat.postMessage({ channel: event.channel, thread_ts, unfurl_links: false, ...message } as Parameters<typeof client.chat.postMessage>[0]);
    } catch (err) {
      // Let a later retry of the same event try again.
      await ctx.store.release(`slack:event:${eventId}`);
      ctx.log.warn(slackApiError('chat.postMessage', err).message, { eventId });
    }
    if (userId && !userLang) deps.locales.warm(userId);
  };
}
