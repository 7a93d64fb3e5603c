import { render, say } from '../../../src/messages/Message.js';
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { decide } from '../../../src/moderation/decide.js';
import { alreadyDone } from '../alreadyDone.js';
import { REPLY_INPUT_ACTION, REPLY_INPUT_BLOCK } from '../ids.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

const origin = z.object({ itemId: z.string().min(1), channel: z.string().optional(), ts: z.string().optional() });

/**
 * The reply modal's Publish: an empty reply is refused inside the modal; otherwise the modal closes at once and the
 * core publishes the reply, audits it and updates the alert.
 */
export function replySubmit(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const user = { id: body.user.id, name: body.user.name };
    const userLang = await deps.locales.known(user.id);
    const meta = origin.safeParse(
      (() => {
        try {
          return JSON.parse(view.private_metadata || '{}');
        } catch {
          return {};
        }
      })(),
    );
    const replyText = view.state.values[REPLY_INPUT_BLOCK]?.[REPLY_INPUT_ACTION]?.value?.trim() ?? '';
    if (!meta.success) {
      await ack({ response_action: 'errors', errors: { [REPLY_INPUT_BLOCK]: say(userLang ?? 'fr', 'surface.unknown-action') } });
      return;
    }
    const { itemId, channel } = meta.data;
    const item = await ctx.store.getItem(itemId);
    const look = deps.lookFor(item?.policyId, userLang);
    if (!replyText) {
      await ack({ response_action: 'errors', errors: { [REPLY_INPUT_BLOCK]: say(look.lang, 'reply.empty') } });
      return;
    }
    await ack();
    const to = { ...(channel ? { channel } : {}), user: user.id };
    await guarded(ctx, client, to, `reply ${itemId}`, async () => {
      // The core says whether this person may decide (the list may have changed since the modal opened) and audits a refusal.
      const outcome = await decide(ctx, { itemId, decision: 'reply', actor: { surface: SURFACE, ...user }, replyText });
      if (outcome.duplicate) await tellUser(client, ctx.log, to, alreadyDone(outcome.item, look, 'reply'));
      else if (!outcome.ok) {
        const icon = outcome.error?.code === 'decision.not-moderator' ? ':no_entry:' : ':warning:';
        await tellUser(client, ctx.log, to, `${icon} ${outcome.error ? render(outcome.error, look.lang) : say(look.lang, 'surface.error')}`);
      }
    });
  };
}
