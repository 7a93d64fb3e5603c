import type { Decision } from '../../../src/moderation/Item.js';
import { decide } from '../../../src/moderation/decide.js';
import type { ShellCommand, ShellSession } from '../ShellCommand.js';
import { renderOutcome } from '../render.js';
import { say } from '../../../src/messages/Message.js';
import { CATEGORY_LABELS, categoryNamed } from '../../../src/policy/categoryLabels.js';
import type { Category } from '../../../src/policy/types.js';

/** Reads the alert number, then the item; prints why when either is missing. */
async function itemFor(args: string, session: ShellSession, usage: string) {
  const { state, ctx } = session;
  const m = /^#?(\d+)\b\s*([\s\S]*)$/.exec(args.trim());
  if (!m) {
    state.print(say(state.lang, 'console.usage', { usage }));
    return undefined;
  }
  const id = await state.idOf(Number(m[1]));
  const item = id ? await ctx.store.getItem(id) : undefined;
  if (!item) {
    state.print(say(state.lang, 'console.no-item', { n: m[1]! }));
    return undefined;
  }
  return { item, rest: m[2]!.trim() };
}

/** A done decision is printed by the surface's update (every alert of the item, on every surface, is updated);
 *  a refusal, a platform error or a repeated decision only comes back in the outcome, so it is printed here. */
async function carryOut(session: ShellSession, itemId: string, decision: Decision, replyText?: string, category?: Category): Promise<void> {
  const outcome = await decide(session.ctx, {
    itemId,
    decision,
    actor: session.actor,
    ...(replyText ? { replyText } : {}),
    ...(category ? { category } : {}),
  });
  const shown = outcome.item.alerts?.some((a) => a.surface === 'shell');
  if (!outcome.ok || outcome.duplicate || !shown)
    session.state.print(renderOutcome(outcome, await session.state.numberOf(outcome.item), session.state.look(outcome.item.policyId)));
}

/**
 * The category typed after the number (`/masquer 5 insulte`), for the rule figures: what Vigie missed is counted by
 * it. Undefined and printed when it names none; nothing typed is no category.
 */
function categoryTyped(rest: string, session: ShellSession, usage: string): { category?: Category } | undefined {
  if (!rest) return {};
  const category = categoryNamed(rest);
  if (category) return { category };
  session.state.print(say(session.state.lang, 'console.usage-known', { usage, known: Object.keys(CATEGORY_LABELS).join(', ') }));
  return undefined;
}

function simple(decision: 'approve' | 'hide', fr: string[], en: string[], summary: ShellCommand['summary']): ShellCommand {
  const named = decision === 'hide';
  return {
    names: { fr, en },
    usage: named ? { fr: `/${fr[0]} N [CATÉGORIE]`, en: `/${en[0]} N [CATEGORY]` } : { fr: `/${fr[0]} N`, en: `/${en[0]} N` },
    summary,
    async run(args, session) {
      const found = await itemFor(args, session, this.usage[session.state.lang]);
      if (!found) return;
      const typed = named ? categoryTyped(found.rest, session, this.usage[session.state.lang]) : {};
      if (typed) await carryOut(session, found.item.id, decision, undefined, typed.category);
    },
  };
}

// One-letter shortcuts (/a 2, /m 2 or /h 2, /r 2, /s 2 or /d 2) for the keyboard, as the alert's choices.
export const approve = simple('approve', ['approuver', 'a'], ['approve'], 'console.help-approve');
export const hide = simple('hide', ['masquer', 'm'], ['hide', 'h'], 'console.help-hide');

export const reply: ShellCommand = {
  names: { fr: ['repondre', 'r'], en: ['reply'] },
  usage: { fr: '/repondre N [TEXTE]', en: '/reply N [TEXT]' },
  summary: 'console.help-reply',
  async run(args, session) {
    const found = await itemFor(args, session, this.usage[session.state.lang]);
    if (!found) return;
    // Without text, decide() posts the reply the policy prescribes, or says there is none.
    await carryOut(session, found.item.id, 'reply', found.rest || undefined);
  },
};

export const del: ShellCommand = {
  names: { fr: ['supprimer', 's'], en: ['delete', 'd'] },
  usage: { fr: '/supprimer N [CATÉGORIE]', en: '/delete N [CATEGORY]' },
  summary: 'console.help-delete',
  async run(args, session) {
    const found = await itemFor(args, session, this.usage[session.state.lang]);
    if (!found) return;
    const typed = categoryTyped(found.rest, session, this.usage[session.state.lang]);
    if (!typed) return;
    const n = await session.state.numberOf(found.item);
    // Already gone: nothing to confirm, say so at once (issue 16 item 9: it asked o/n first, then said it was done).
    if (found.item.status === 'deleted') {
      await carryOut(session, found.item.id, 'delete', undefined, typed.category);
      return;
    }
    // Deleting cannot be undone on the page: one more keystroke, as the Slack and Teams buttons confirm.
    session.ask(say(session.state.lang, 'console.confirm-delete', { n }), async (answer) => {
      if (/^(o|oui|y|yes)$/i.test(answer)) await carryOut(session, found.item.id, 'delete', undefined, typed.category);
      else session.state.print(say(session.state.lang, 'console.cancelled'));
    });
  },
};
