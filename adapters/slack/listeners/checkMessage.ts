import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { check } from '../../../src/policy/check.js';
import { parseCheckpost } from '../../../src/policy/parseCheckpost.js';
import { checkBlocks, checkText } from '../blocks/checkBlocks.js';
import { helpBlocks } from '../blocks/helpBlocks.js';
import { section } from '../blocks/plain.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackPlainText } from '../slackPlainText.js';
import { texts } from '../texts.js';

/**
 * Message shortcut "Vérifier ce message / Check this message": checks any message as `/checkpost` would check its
 * text (so a message may start with `--post`), and answers only to the person who asked, through the response URL
 * (which works in channels Vigie is not a member of).
 */
export function checkMessage(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ shortcut, ack, respond }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = shortcut.user.id;
    const userLang = await deps.locales.known(userId);
    const text = slackPlainText(shortcut.message.text ?? '').trim();
    const fallback = userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr';
    if (!text) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: texts(fallback).messageEmpty, blocks: [section(texts(fallback).messageEmpty)] });
    } else {
      const parsed = parseCheckpost(text, ctx.policies, ctx.defaultPolicyId);
      if ('error' in parsed) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: parsed.error,
          blocks: helpBlocks(fallback, ctx.policies, ctx.defaultPolicyId, parsed.error),
        });
      } else {
        const lang = userLang ?? parsed.policy.language;
        const result = check(parsed.policy, parsed.text, { kind: parsed.kind });
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: checkText(result, { kind: parsed.kind, lang }),
          blocks: checkBlocks(result, parsed.text, { kind: parsed.kind, policy: parsed.policy, lang }),
        });
      }
    }
    if (!userLang) deps.locales.warm(userId);
  };
}
