import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { mayDecide } from '../../../src/moderation/mayDecide.js';
import { message, render } from '../../../src/messages/Message.js';
import { exceptionModal } from '../blocks/exceptionModal.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { slackApiError } from '../slackApiError.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

/**
 * "Ne plus signaler ce terme ici": opens the modal, after the core says this person may (a refusal is audited as
 * from any surface). The modal must open within 3 s of the click (the trigger id expires).
 */
export function exceptionButton(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const itemId = action.value ?? '';
    const user = { id: body.user.id, name: body.user.name ?? body.user.username };
    const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
    const to = { channel, user: user.id };
    await guarded(ctx, client, to, `exception ${itemId}`, async () => {
      const item = await ctx.store.getItem(itemId);
      const look = deps.lookFor(item?.policyId, await deps.locales.known(user.id));
      if (!(await mayDecide(ctx, { surface: SURFACE, ...user }, itemId, 'exception', item))) {
        await tellUser(client, ctx.log, to, `:no_entry: ${render(message('decision.not-moderator'), look.lang)}`);
        return;
      }
      if (!item) {
        await tellUser(client, ctx.log, to, `:warning: ${render(message('decision.unknown-item', { id: itemId }), look.lang)}`);
        return;
      }
      try {
        await client.views.open({ trigger_id: body.trigger_id, view: exceptionModal(item, look.lang, { itemId, ...(channel ? { channel } : {}) }) });
      } catch (err) {
        const e = slackApiError('views.open', err);
        ctx.log.warn(e.message, { itemId });
        await tellUser(client, ctx.log, to, `:warning: ${e.message}`);
      }
    });
  };
}
