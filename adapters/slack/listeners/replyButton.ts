import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { alertOffer } from '../../../src/moderation/alertOffer.js';
import { mayDecide } from '../../../src/moderation/mayDecide.js';
import { message, render } from '../../../src/messages/Message.js';
import { alreadyDone } from '../alreadyDone.js';
import { replyModal } from '../blocks/replyModal.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackApiError } from '../slackApiError.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

/**
 * Reply: opens a modal holding the reply the policy prescribes (complaints, emergencies), in the comment's language,
 * for the person to adapt and publish. Opening must happen within 3 s of the click (the trigger id expires).
 */
export function replyButton(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const itemId = action.value ?? '';
    const user = { id: body.user.id, name: body.user.name ?? body.user.username };
    const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    const to = { channel, user: user.id };
    await guarded(ctx, client, to, `reply ${itemId}`, async () => {
      const item = await ctx.store.getItem(itemId);
      const look = deps.lookFor(item?.policyId, await deps.locales.known(user.id));
      // Asked of the core before the modal opens: a refusal is audited as from any surface.
      if (!(await mayDecide(ctx, { surface: SURFACE, ...user }, itemId, 'reply', item))) {
        await tellUser(client, ctx.log, to, `:no_entry: ${render(message('decision.not-moderator'), look.lang)}`);
        return;
      }
      if (!item) {
        await tellUser(client, ctx.log, to, `:warning: ${render(message('decision.unknown-item', { id: itemId }), look.lang)}`);
        return;
      }
      if (item.decision === 'reply') {
        await tellUser(client, ctx.log, to, alreadyDone(item, look, 'reply'));
        return;
      }
      const template = alertOffer(item, look.policy.language).reply?.text ?? '';
      try {
        await client.views.open({
          trigger_id: body.trigger_id,
          view: replyModal(item, template, look.lang, {
            itemId,
            ...(channel ? { channel } : {}),
            ...(body.message?.ts ? { ts: body.message.ts } : {}),
          }),
        });
      } catch (err) {
        const e = slackApiError('views.open', err);
        ctx.log.warn(e.message, { itemId });
        await tellUser(client, ctx.log, to, `:warning: ${e.message}`);
      }
    });
  };
}
