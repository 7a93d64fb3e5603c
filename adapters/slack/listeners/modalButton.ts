import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import type { Item } from '../../../src/moderation/Item.js';
import { mayDecide } from '../../../src/moderation/mayDecide.js';
import { message, render } from '../../../src/messages/Message.js';
import type { AlertLook } from '../blocks/alertBlocks.js';
import type { ReplyOrigin } from '../blocks/replyModal.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackApiError } from '../slackApiError.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

/**
 * A button on an alert that opens a modal (Reply, « Ne plus signaler ce terme ici »): the core is asked whether this
 * person may before anything opens (a refusal is audited as from any surface), an unknown item is said so, and
 * `viewFor` gives the modal — or a sentence to tell the person instead. The modal must open within 3 s of the click
 * (the trigger id expires).
 */
export function modalButton(
  deps: SlackDeps,
  decision: 'reply' | 'exception',
  viewFor: (item: Item, look: AlertLook, origin: ReplyOrigin) => types.ModalView | string,
) {
  const { ctx } = deps;
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const itemId = action.value ?? '';
    const user = { id: body.user.id, name: body.user.name ?? body.user.username };
    const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    const to = { channel, user: user.id };
    await guarded(ctx, client, to, `${decision} ${itemId}`, async () => {
      const item = await ctx.store.getItem(itemId);
      const look = deps.lookFor(item?.policyId, await deps.locales.known(user.id));
      if (!(await mayDecide(ctx, { surface: SURFACE, ...user }, itemId, decision, item))) {
        await tellUser(client, ctx.log, to, `:no_entry: ${render(message('decision.not-moderator'), look.lang)}`);
        return;
      }
      if (!item) {
        await tellUser(client, ctx.log, to, `:warning: ${render(message('decision.unknown-item', { id: itemId }), look.lang)}`);
        return;
      }
      const view = viewFor(item, look, { itemId, ...(channel ? { channel } : {}), ...(body.message?.ts ? { ts: body.message.ts } : {}) });
      if (typeof view === 'string') {
        await tellUser(client, ctx.log, to, view);
        return;
      }
      try {
        await client.views.open({ trigger_id: body.trigger_id, view });
      } catch (err) {
        const e = slackApiError('views.open', err);
        ctx.log.warn(e.message, { itemId });
        await tellUser(client, ctx.log, to, `:warning: ${e.message}`);
      }
    });
  };
}
