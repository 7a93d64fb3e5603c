import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { section } from '../blocks/plain.js';
import { checkAnswer } from '../checkAnswer.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackPlainText } from '../slackPlainText.js';
import { say } from '../../../src/messages/Message.js';

/**
 * Message shortcut "Vérifier ce message / Check this message": checks any message as `/checkpost` would check its
 * text (a draft post, unless the message starts with `--comment`), and answers only to the person who asked, through the response URL
 * (which works in channels Vigie is not a member of).
 */
export function checkMessage(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ shortcut, ack, respond }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = shortcut.user.id;
    const userLang = await deps.locales.known(userId);
    const text = slackPlainText(shortcut.message.text ?? '').trim();
    let answer: { text: string; blocks?: unknown[] };
    try {
      if (text) answer = await checkAnswer(ctx, text, userLang);
      else {
        const empty = say(userLang ?? ctx.policies.get(ctx.defaultPolicyId)?.language ?? 'fr', 'check.message-empty');
        answer = { text: empty, blocks: [section(empty)] };
      }
    } catch (err) {
      ctx.log.error('message check failed', { error: err instanceof Error ? err.message : String(err) });
      answer = { text: say(userLang ?? 'fr', 'surface.error') };
    }
    await respond({ response_type: 'ephemeral', replace_original: false, ...answer } as Parameters<typeof respond>[0]);
    if (!userLang) deps.locales.warm(userId);
  };
}
