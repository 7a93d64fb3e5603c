import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { render, say } from '../../../src/messages/Message.js';
import { addException } from '../../../src/moderation/exceptions/addException.js';
import { EXCEPTION_BLOCKS, EXCEPTION_INPUT } from '../ids.js';
import { guarded } from './guarded.js';
import type { SlackDeps } from '../SlackDeps.js';
import { SURFACE } from '../slackSurface.js';
import { tellUser } from '../tellUser.js';

const origin = z.object({ itemId: z.string().min(1), channel: z.string().optional() });

/** Which of the modal's fields a refusal of the core is about, so Slack shows it under that field. */
const FIELD_OF: Record<string, string> = {
  'exception.no-reason': EXCEPTION_BLOCKS.why,
  'exception.no-term': EXCEPTION_BLOCKS.term,
  'exception.term-not-in-match': EXCEPTION_BLOCKS.term,
  'exception.no-finding': EXCEPTION_BLOCKS.rule,
};

/**
 * The exception modal's Save: the core checks the person may, that the term is part of what the rule matched, and
 * stores and audits the exception. A field the core refuses is shown under that field, the modal staying open; any
 * other answer closes it and is told to the person in the alert's channel.
 */
export function exceptionSubmit(deps: SlackDeps) {
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
    if (!meta.success) {
      await ack({ response_action: 'errors', errors: { [EXCEPTION_BLOCKS.why]: say(userLang ?? 'fr', 'surface.unknown-action') } });
      return;
    }
    const v = view.state.values;
    const field = (block: string) => v[block]?.[EXCEPTION_INPUT];
    const { itemId, channel } = meta.data;
    const to = { ...(channel ? { channel } : {}), user: user.id };
    const rule = field(EXCEPTION_BLOCKS.rule)?.selected_option?.value;
    const term = field(EXCEPTION_BLOCKS.term)?.value ?? '';
    const asAuthor = (field(EXCEPTION_BLOCKS.author)?.selected_options ?? []).some((o) => o.value === 'author');
    const why = field(EXCEPTION_BLOCKS.why)?.value ?? '';
    let acked = false;
    await guarded(ctx, client, to, `exception ${itemId}`, async () => {
      const item = await ctx.store.getItem(itemId);
      const look = deps.lookFor(item?.policyId, userLang);
      // Quick (a read and two writes): decided before the acknowledgement, so a refused field keeps the modal open.
      const outcome = await addException(ctx, {
        itemId,
        actor: { surface: SURFACE, ...user },
        ...(rule ? { rule } : {}),
        ...(term.trim() ? { term } : {}),
        asAuthor,
        why,
      });
      if (!outcome.ok && FIELD_OF[outcome.error.code]) {
        acked = true;
        await ack({ response_action: 'errors', errors: { [FIELD_OF[outcome.error.code]!]: render(outcome.error, look.lang) } });
        return;
      }
      acked = true;
      await ack();
      if (!outcome.ok) {
        const icon = outcome.error.code === 'decision.not-moderator' ? ':no_entry:' : ':warning:';
        await tellUser(client, ctx.log, to, `${icon} ${render(outcome.error, look.lang)}`);
        return;
      }
      const e = outcome.exception;
      const page = e.pageName ?? e.pageId;
      const said = outcome.duplicate
        ? say(look.lang, 'exception.already', { id: e.id })
        : e.author
          ? say(look.lang, 'exception.added-author', { author: e.author.name ?? e.author.id, rule: e.rule, page, id: e.id })
          : say(look.lang, 'exception.added-term', { term: e.term ?? '', rule: e.rule, page, id: e.id });
      await tellUser(client, ctx.log, to, `:white_check_mark: ${said}`);
    });
    if (!acked) await ack();
  };
}
