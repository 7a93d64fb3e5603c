import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { checkAnswer } from '../checkAnswer.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackPlainText } from '../slackPlainText.js';
import { say } from '../../../src/messages/Message.js';

/**
 * `/checkpost [--comment] [--policy ID] TEXT` (a draft post unless --comment): the check is fast, so the answer is the acknowledgement itself,
 * ephemeral. In the user's Slack language when known, else the policy's; an unknown locale is looked up after the ack.
 */
export function checkpost(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    const userLang = await deps.locales.known(command.user_id).catch(() => undefined);
    let answer;
    try {
      // Slack escapes &, < and > in the command text even with should_escape off: check what the person typed.
      answer = await checkAnswer(ctx, slackPlainText(command.text ?? ''), userLang);
    } catch (err) {
      // A bug in a rule must not leave the person with Slack's "dispatch_failed": say so, log the details.
      ctx.log.error('/checkpost failed', { error: err instanceof Error ? err.message : String(err) });
      answer = { text: say(userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr', 'surface.error') };
    }
    await ack({ response_type: 'ephemeral', ...answer });
    ctx.metrics?.checkpostAnswered('slack', (performance.now() - started) / 1000);
    if (!userLang) deps.locales.warm(command.user_id);
  };
}
