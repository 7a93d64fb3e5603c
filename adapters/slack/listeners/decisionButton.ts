import { render, say } from '../../../src/messages/Message.js';
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decide } from '../../../src/moderation/decide.js';
import { alreadyDone } from '../alreadyDone.js';
import { decisionOf } from '../blocks/alertBlocks.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

/**
 * Approve, Hide and Delete (Delete's confirmation dialog is on the button itself): acknowledge at once, then let the
 * core decide, which carries the decision out on the page, audits it and updates the alert in place. A second click
 * (or a redelivery) is a duplicate the core recognises; the person who clicked is told, privately.
 */
export function decisionButton(deps: SlackDeps) {
  const { ctx } = deps;
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const decision = decisionOf(action.action_id);
    if (!decision) return;
    const itemId = action.value ?? '';
    const user = { id: body.user.id, name: body.user.name ?? body.user.username };
    const to = { channel: body.channel?.id ?? (body.container?.channel_id as string | undefined), user: user.id };
    await guarded(ctx, client, to, `${decision} ${itemId}`, async () => {
      const item = await ctx.store.getItem(itemId);
      const userLang = await deps.locales.known(user.id);
      const look = deps.lookFor(item?.policyId, userLang);
      // The core says whether this person may decide, and audits a refusal, as for every surface.
      const outcome = await decide(ctx, { itemId, decision, actor: { surface: SURFACE, ...user } });
      if (outcome.duplicate) await tellUser(client, ctx.log, to, alreadyDone(outcome.item, look, decision));
      else if (!outcome.ok) {
        const icon = outcome.error?.code === 'decision.not-moderator' ? ':no_entry:' : ':warning:';
        await tellUser(client, ctx.log, to, `${icon} ${outcome.error ? render(outcome.error, look.lang) : say(look.lang, 'surface.error')}`);
      }
      if (!userLang) deps.locales.warm(user.id);
    });
  };
}
