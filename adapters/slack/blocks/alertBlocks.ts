import type { types } from '@slack/bolt';
import type { DecisionOutcome } from '../../../src/moderation/ChatSurface.js';
import type { Item } from '../../../src/moderation/Item.js';
import { prescribedReply } from '../../../src/moderation/prescribedReply.js';
import type { Policy } from '../../../src/policy/schema.js';
import type { Lang } from '../../../src/policy/types.js';
import { DECISION_ACTIONS, type DecisionActionId } from '../ids.js';
import { clip, escapeMrkdwn, quoteMarked } from '../mrkdwn.js';
import { texts } from '../texts.js';
import { findingBlocks } from './findingBlocks.js';
import { context, mrkdwn, plain, section } from './plain.js';
import { render } from '../../../src/messages/Message.js';

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
  const t = texts(look.lang);
  const full = look.when(iso);
  const m = /^(.*) (à|at) (\d.*)$/.exec(full);
  return m ? `${m[2]} ${m[3]} (${m[1]})` : `${t.at} ${full}`;
}

/** "Masqué par @julie à 14 h 02 (lundi 23 novembre)", or the failure and what to do. */
export function outcomeLine(outcome: DecisionOutcome, look: AlertLook): string {
  const t = texts(look.lang);
  const what = `${t.decided[outcome.decision]} ${t.by} ${actorLabel(outcome.by)} ${atWhen(look, outcome.at)}`;
  if (!outcome.ok) return `:warning: *${t.failed}* · ${what}${t.colon}${escapeMrkdwn(outcome.error ? render(outcome.error, look.lang) : t.error)}\n${t.retry}`;
  return `:white_check_mark: *${what}*${outcome.dryRun ? ` (${t.dryRun})` : ''}`;
}

function button(actionId: DecisionActionId, label: string, itemId: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', action_id: actionId, text: plain(label, 75), value: itemId, ...(style ? { style } : {}) };
}

/** The buttons under an open alert. Reply shows when the comment calls for an answer or the policy prescribes one. */
export function decisionButtons(item: Item, lang: Lang): types.ActionsBlock {
  const t = texts(lang);
  const canReply = item.needsReply || (item.check?.findings ?? []).some((f) => f.reply);
  const del = button('vigie_delete', t.button.delete, item.id, 'danger');
  del.confirm = {
    title: plain(t.confirmDelete.title, 100),
    text: plain(t.confirmDelete.text, 300),
    confirm: plain(t.confirmDelete.confirm, 30),
    deny: plain(t.confirmDelete.deny, 30),
    style: 'danger',
  };
  return {
    type: 'actions',
    block_id: ACTIONS_BLOCK_ID,
    elements: [
      button('vigie_approve', t.button.approve, item.id, 'primary'),
      button('vigie_hide', t.button.hide, item.id),
      ...(canReply ? [button('vigie_reply', t.button.reply, item.id)] : []),
      del,
    ],
  };
}

/** Approving a question or complaint does not answer it: its alert keeps a way to reply. */
function awaitsReply(item: Item): boolean {
  return item.status === 'open' && item.needsReply && !item.answeredAt;
}

function replyOnly(item: Item, lang: Lang): types.ActionsBlock {
  return { type: 'actions', block_id: ACTIONS_BLOCK_ID, elements: [button('vigie_reply', texts(lang).button.reply, item.id, 'primary')] };
}

/**
 * The alert for a flagged comment: author, page and link, the comment with the offending words in bold, findings,
 * deadline; buttons while it is open. After a decision (`outcome`) the same message says who did what, without
 * buttons, unless the platform refused (then the buttons stay so the person can try again) or the comment still
 * awaits its answer (then Reply stays).
 */
export function alertBlocks(item: Item, look: AlertLook, outcome?: DecisionOutcome): types.KnownBlock[] {
  const t = texts(look.lang);
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  const findings = item.check?.findings ?? [];
  const page = escapeMrkdwn(item.pageName ?? item.pageId);
  const author = escapeMrkdwn(item.author.name ?? item.author.id);
  const fields: types.MrkdwnElement[] = [
    mrkdwn(`*${t.author}*\n${author}`),
    mrkdwn(`*${t.page}*\n${item.permalink ? `<${item.permalink}|${page}> · <${item.permalink}|${t.link}>` : page}`),
    mrkdwn(`*${t.received}*\n${look.when(item.receivedAt)}`),
  ];
  if (item.deadline) fields.push(mrkdwn(`*${t.deadline}*\n${look.when(item.deadline)}`));

  const blocks: types.KnownBlock[] = [
    // A plain question breaks no rule but still needs its answer: say that, not "compliant".
    { type: 'header', text: plain(verdict === 'ok' && item.needsReply ? t.awaitingReply : `${t.alertTitle[verdict]} · ${t.verdict[verdict]}`) },
    { type: 'section', fields },
    section(quoteMarked(item.text, findings)),
  ];
  if (item.suggestBlock) blocks.push(section(`:warning: ${t.repeat(item.suggestBlock.violations, item.suggestBlock.threshold)}`));
  for (const f of findings.slice(0, MAX_FINDINGS)) blocks.push(...findingBlocks(f, look.lang, false));
  if (findings.length > MAX_FINDINGS) blocks.push(context(t.more(findings.length - MAX_FINDINGS)));
  // Exactly what Reply posts when nobody edits it: one reply, in the comment's language, not one per finding in ours.
  const reply = prescribedReply(item, look.policy.language);
  if (reply) blocks.push(section(`*${t.suggestedReply}${t.colon.trimEnd()}*\n>${escapeMrkdwn(reply.text).replace(/\n/g, '\n>')}`));
  if (outcome) {
    blocks.push(section(outcomeLine(outcome, look)));
    if (outcome.ok && outcome.replyText) blocks.push(section(`>${escapeMrkdwn(clip(outcome.replyText, 2500)).replace(/\n/g, '\n>')}`));
  }
  if (!outcome || !outcome.ok) blocks.push(decisionButtons(item, look.lang));
  else if (awaitsReply(item)) blocks.push(replyOnly(item, look.lang));
  // The item's number, the same on every surface, so « n° 5 » here is `/masquer 5` in the console.
  const number = item.number === undefined ? '' : `${t.itemNumber(item.number)} · `;
  blocks.push(context(`${number}${t.policy}${t.colon}${escapeMrkdwn(look.policy.name[look.lang])} · \`${escapeMrkdwn(item.id)}\``));
  return blocks;
}

/** Notification text (push, screen readers, clients without blocks). */
export function alertText(item: Item, look: AlertLook, outcome?: DecisionOutcome): string {
  const t = texts(look.lang);
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  const head = `${t.alertTitle[verdict]}${t.colon}${escapeMrkdwn(clip(item.text.replace(/\s+/g, ' '), 120))}`;
  if (!outcome) return head;
  return `${head} — ${t.decided[outcome.decision]} ${t.by} ${escapeMrkdwn(outcome.by.name ?? outcome.by.id)}${outcome.ok ? '' : ` (${t.failed})`}`;
}

/** Decision named by an action id, or undefined for an id Vigie did not put on a button. */
export function decisionOf(actionId: string): (typeof DECISION_ACTIONS)[DecisionActionId] | undefined {
  return Object.hasOwn(DECISION_ACTIONS, actionId) ? DECISION_ACTIONS[actionId as DecisionActionId] : undefined;
}
