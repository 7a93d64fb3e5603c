import type { types } from '@slack/bolt';
import type { DecisionOutcome } from '../../../src/moderation/ChatSurface.js';
import type { Item } from '../../../src/moderation/Item.js';
import { alertOffer, type OfferedDecision } from '../../../src/moderation/alertOffer.js';
import type { Policy } from '../../../src/policy/schema.js';
import type { Lang } from '../../../src/policy/types.js';
import { DECISION_ACTIONS, EXCEPTION_ACTION, type DecisionActionId } from '../ids.js';
import { clip, escapeMrkdwn, quoteMarked } from '../mrkdwn.js';
import { findingBlocks, quotedReply } from './findingBlocks.js';
import { context, mrkdwn, plain, section } from './plain.js';
import { render, say } from '../../../src/messages/Message.js';
import { labelled } from '../../../src/messages/typography.js';
import { alertTitle } from '../../../src/messages/alertTitle.js';

/** How an alert is rendered: the item's policy, its language, and dates in the policy's time zone. */
export interface AlertLook {
  policy: Policy;
  lang: Lang;
  /** An ISO 8601 instant as the team reads it ("lundi 23 novembre à 14 h 02"), in the policy's time zone. */
  when: (iso: string) => string;
}

export const ACTIONS_BLOCK_ID = 'vigie_decide';
// Head, facts, quote, actions, outcome and footer take six blocks; each finding two; Slack allows 50.
const MAX_FINDINGS = 20;

/** Who decided, as Slack shows them: a mention for a Slack user, a name for someone deciding from another surface. */
function actorLabel(by: DecisionOutcome['by']): string {
  if (by.surface === 'slack') return `<@${by.id}>`;
  return escapeMrkdwn(by.name ?? by.id);
}

/**
 * "à 14 h 02 (lundi 23 novembre)": the time first, as a person says what just happened, and the day for whoever
 * scrolls back later.
 */
export function atWhen(look: AlertLook, iso: string): string {
  const full = look.when(iso);
  const m = /^(.*) (à|at) (\d.*)$/.exec(full);
  return m ? `${m[2]} ${m[3]} (${m[1]})` : say(look.lang, 'outcome.on', { when: full });
}

/** « Masqué par @julie à 14 h 02 (lundi 23 novembre) ». */
export function doneLine(look: AlertLook, decision: DecisionOutcome['decision'], by: string, iso: string): string {
  return say(look.lang, 'outcome.done', { decision: say(look.lang, `decided.${decision}`), by, when: atWhen(look, iso) });
}

/** "Masqué par @julie à 14 h 02 (lundi 23 novembre)", or the failure and what to do. */
export function outcomeLine(outcome: DecisionOutcome, look: AlertLook): string {
  const { lang } = look;
  const what = doneLine(look, outcome.decision, actorLabel(outcome.by), outcome.at);
  if (!outcome.ok) {
    const why = escapeMrkdwn(outcome.error ? render(outcome.error, lang) : say(lang, 'surface.error'));
    return `:warning: ${labelled(`*${say(lang, 'outcome.failed')}* · ${what}`, why, lang)}\n${say(lang, 'outcome.retry')}`;
  }
  return `:white_check_mark: *${what}*${outcome.dryRun ? ` (${say(lang, 'outcome.dry-run')})` : ''}`;
}

const ACTION_ID: Record<OfferedDecision, DecisionActionId> = {
  approve: 'vigie_approve',
  hide: 'vigie_hide',
  reply: 'vigie_reply',
  delete: 'vigie_delete',
};

function button(decision: OfferedDecision, lang: Lang, itemId: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    action_id: ACTION_ID[decision],
    text: plain(say(lang, `choice.${decision}`), 75),
    value: itemId,
    ...(style ? { style } : {}),
  };
}

/**
 * The buttons the core offers for the item (alertOffer: the same on Teams and in the console), in Slack's syntax:
 * Approve primary, Delete red behind Slack's confirmation dialog; Reply primary when it is all that is left.
 */
export function decisionButtons(item: Item, look: AlertLook, outcome?: DecisionOutcome): types.ActionsBlock | undefined {
  const { lang } = look;
  const { decisions, exception } = alertOffer(item, look.policy.language, outcome);
  const except: types.Button[] = exception
    ? [{ type: 'button', action_id: EXCEPTION_ACTION, text: plain(say(lang, 'exception.button'), 75), value: item.id }]
    : [];
  if (decisions.length === 0) return except.length ? { type: 'actions', block_id: ACTIONS_BLOCK_ID, elements: except } : undefined;
  const elements = decisions.map((d) => {
    if (d === 'delete') {
      const del = button('delete', lang, item.id, 'danger');
      del.confirm = {
        title: plain(say(lang, 'choice.confirm-delete-title'), 100),
        text: plain(say(lang, 'choice.confirm-delete'), 300),
        confirm: plain(say(lang, 'choice.delete'), 30),
        deny: plain(say(lang, 'choice.cancel'), 30),
        style: 'danger',
      };
      return del;
    }
    return button(d, lang, item.id, d === 'approve' || decisions.length === 1 ? 'primary' : undefined);
  });
  return { type: 'actions', block_id: ACTIONS_BLOCK_ID, elements: [...elements, ...except] };
}

/**
 * The alert for a flagged comment: author, page and link, the comment with the offending words in bold, findings,
 * deadline; buttons while it is open. After a decision (`outcome`) the same message says who did what, without
 * buttons, unless the platform refused (then the buttons stay so the person can try again) or the comment still
 * awaits its answer (then Reply stays).
 */
export function alertBlocks(item: Item, look: AlertLook, outcome?: DecisionOutcome): types.KnownBlock[] {
  const { lang } = look;
  const findings = item.check?.findings ?? [];
  const page = escapeMrkdwn(item.pageName ?? item.pageId);
  const author = escapeMrkdwn(item.author.name ?? item.author.id);
  const link = say(lang, 'alert.open-link');
  const fields: types.MrkdwnElement[] = [
    mrkdwn(`*${say(lang, 'alert.author')}*\n${author}`),
    mrkdwn(`*${say(lang, 'alert.page')}*\n${item.permalink ? `<${item.permalink}|${page}> · <${item.permalink}|${link}>` : page}`),
    mrkdwn(`*${say(lang, 'alert.received')}*\n${look.when(item.receivedAt)}`),
  ];
  if (item.deadline) fields.push(mrkdwn(`*${say(lang, 'alert.deadline')}*\n${look.when(item.deadline)}`));

  const blocks: types.KnownBlock[] = [
    { type: 'header', text: plain(alertTitle(item, lang)) },
    { type: 'section', fields },
    section(quoteMarked(item.text, findings)),
  ];
  if (item.suggestBlock)
    blocks.push(
      section(
        `:warning: ${say(lang, 'alert.repeat-offender', { violations: item.suggestBlock.violations, threshold: item.suggestBlock.threshold })}`,
      ),
    );
  for (const f of findings.slice(0, MAX_FINDINGS)) blocks.push(...findingBlocks(f, lang, false));
  if (findings.length > MAX_FINDINGS) blocks.push(context(say(lang, 'alert.more-findings', { n: findings.length - MAX_FINDINGS })));
  // Exactly what Reply posts when nobody edits it: one reply, in the comment's language, not one per finding in ours.
  const { reply } = alertOffer(item, look.policy.language, outcome);
  if (reply) blocks.push(section(quotedReply(say(lang, 'alert.prescribed-reply'), reply.text, lang)));
  if (outcome) {
    blocks.push(section(outcomeLine(outcome, look)));
    if (outcome.ok && outcome.replyText) blocks.push(section(`>${escapeMrkdwn(clip(outcome.replyText, 2500)).replace(/\n/g, '\n>')}`));
  }
  const buttons = decisionButtons(item, look, outcome);
  if (buttons) blocks.push(buttons);
  // The item's number, the same on every surface, so « n° 5 » here is `/masquer 5` in the console.
  const number = item.number === undefined ? '' : `${say(lang, 'alert.number', { n: item.number })} · `;
  blocks.push(context(`${number}${labelled(say(lang, 'alert.policy'), escapeMrkdwn(look.policy.name[lang]), lang)} · \`${escapeMrkdwn(item.id)}\``));
  return blocks;
}

/** Notification text (push, screen readers, clients without blocks). */
export function alertText(item: Item, look: AlertLook, outcome?: DecisionOutcome): string {
  const { lang } = look;
  const head = labelled(alertTitle(item, lang), escapeMrkdwn(clip(item.text.replace(/\s+/g, ' '), 120)), lang);
  if (!outcome) return head;
  const done = say(lang, 'outcome.done', {
    decision: say(lang, `decided.${outcome.decision}`),
    by: escapeMrkdwn(outcome.by.name ?? outcome.by.id),
    when: atWhen(look, outcome.at),
  });
  return `${head} — ${done}${outcome.ok ? '' : ` (${say(lang, 'outcome.failed')})`}`;
}

/** Decision named by an action id, or undefined for an id Vigie did not put on a button. */
export function decisionOf(actionId: string): (typeof DECISION_ACTIONS)[DecisionActionId] | undefined {
  return Object.hasOwn(DECISION_ACTIONS, actionId) ? DECISION_ACTIONS[actionId as DecisionActionId] : undefined;
}
