import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { check } from '../../../src/policy/check.js';
import { parseCheckpost } from '../../../src/policy/parseCheckpost.js';
import type { Lang } from '../../../src/policy/types.js';
import { checkBlocks, checkText } from '../blocks/checkBlocks.js';
import { helpBlocks } from '../blocks/helpBlocks.js';
import { slackPlainText } from '../slackPlainText.js';
import type { SlackDeps } from '../SlackDeps.js';
import { texts } from '../texts.js';

/**
 * `/checkpost [--post|--comment] [--policy ID] TEXT`: the check is fast, so the answer is the acknowledgement itself,
 * ephemeral. In the user's Slack language when known, else the policy's; an unknown locale is looked up after the ack.
 */
export function checkpost(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const userLang = await deps.locales.known(command.user_id).catch(() => undefined);
    try {
      // Slack escapes &, < and > in the command text even with should_escape off: check what the person typed.
      await answer(slackPlainText(command.text ?? ''), userLang, ack);
    } catch (err) {
      // A bug in a rule must not leave the person with Slack's "dispatch_failed": say so, log the details.
      ctx.log.error('/checkpost failed', { error: err instanceof Error ? err.message : String(err) });
      await ack({ response_type: 'ephemeral', text: texts(userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr').error });
    }
    if (!userLang) deps.locales.warm(command.user_id);
  };

  async function answer(args: string, userLang: Lang | undefined, ack: SlackCommandMiddlewareArgs['ack']): Promise<void> {
    const parsed = parseCheckpost(args, ctx.policies, ctx.defaultPolicyId);
    if ('error' in parsed) {
      const lang = userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr';
      const usageOnly = parsed.help && parsed.error.startsWith('usage:');
      await ack({
        response_type: 'ephemeral',
        text: usageOnly ? texts(lang).help : parsed.error,
        blocks: helpBlocks(lang, ctx.policies, ctx.defaultPolicyId, usageOnly ? undefined : parsed.error),
      });
    } else {
      const lang = userLang ?? parsed.policy.language;
      const result = check(parsed.policy, parsed.text, { kind: parsed.kind });
      await ack({
        response_type: 'ephemeral',
        text: checkText(result, { kind: parsed.kind, lang }),
        blocks: checkBlocks(result, parsed.text, { kind: parsed.kind, policy: parsed.policy, lang }),
      });
    }
  }
}
