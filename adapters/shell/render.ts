import type { Item } from '../../src/moderation/Item.js';
import { prescribedReply } from '../../src/moderation/prescribedReply.js';
import type { DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Lang } from '../../src/policy/types.js';
import { formatReminder } from '../../src/sla/formatReminder.js';
import { formatWhen } from '../../src/sla/formatWhen.js';
import type { Digest, Reminder } from '../../src/sla/types.js';
import { t, type TextKey } from './texts.js';
import { render } from '../../src/messages/Message.js';
import { labelled, quoted } from '../../src/messages/typography.js';

/** An ISO instant as the team reads it, in the policy's time zone, in the house style every surface uses. */
export function when(iso: string | undefined, lang: Lang, zone = 'America/Toronto'): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return iso ?? '—';
  return formatWhen(iso, { calendar: { timeZone: zone } }, lang);
}

/** Long texts are cut so one alert stays a screenful. */
export function excerpt(text: string, max = 280): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** "n° 3" in French, "#3" in English. */
export function num(n: number, lang: Lang): string {
  return lang === 'fr' ? `n° ${n}` : `#${n}`;
}

const quote = quoted;

/**
 * The alert for a flagged item, with its numbered choices. The prescribed reply shown is the one `/repondre N`
 * posts: in the comment's language (`policyLanguage` when unknown), whatever the console's language.
 */
export function renderAlert(item: Item, n: number, lang: Lang, zone?: string, policyLanguage: Lang = lang): string {
  const verdict = item.verdict ?? item.check?.verdict ?? 'review';
  // A question that breaks no rule is flagged for its answer, not for its content.
  const label = verdict === 'ok' && item.needsReply ? t(lang, 'verdict_answer') : t(lang, `verdict_${verdict}` as TextKey);
  const lines = [
    `── ${t(lang, 'alert', n)} · ${item.policyId} · ${label} ──`,
    `${item.author.name ?? item.author.id} · ${item.pageName ?? item.pageId} · ${t(lang, 'received', when(item.receivedAt, lang, zone))}` +
      (item.deadline ? ` · ${t(lang, 'dueBy', when(item.deadline, lang, zone))}` : ''),
    quote(excerpt(item.text), lang),
  ];
  for (const f of item.check?.findings ?? []) {
    lines.push(`  • [${f.category}/${f.severity}] ${f.message[lang]}`);
    lines.push(`    ${labelled(t(lang, 'clause'), quote(f.clause, lang), lang)}`);
  }
  const reply = prescribedReply(item, policyLanguage);
  if (reply) lines.push(`  ${labelled(t(lang, 'suggestedReply'), quote(reply.text, lang), lang)}`);
  lines.push(t(lang, 'choices', n));
  return lines.join('\n');
}

/** The alert replaced after a decision: who did what, when; no more choices. */
export function renderOutcome(outcome: DecisionOutcome, n: number, lang: Lang, zone?: string): string {
  if (!outcome.ok) return t(lang, 'outcomeFailed', n, outcome.error ? render(outcome.error, lang) : '?');
  const lines = [
    t(lang, 'outcome', n, t(lang, `decided_${outcome.decision}` as TextKey), outcome.by.name ?? outcome.by.id, when(outcome.at, lang, zone)),
  ];
  if (outcome.replyText) lines.push(`  ${t(lang, 'replyText', outcome.replyText)}`);
  if (outcome.duplicate) lines.push(`  ${t(lang, 'duplicate')}`);
  if (outcome.dryRun) lines.push(`  ${t(lang, 'dryRun')}`);
  return lines.join('\n');
}

/** The reminder in the words every surface uses, with the number to act on it. */
export function renderReminder(reminder: Reminder, n: number, lang: Lang, policy: Policy | undefined): string {
  const head = policy
    ? formatReminder(reminder.kind, reminder.item, reminder.deadline, reminder.businessMinutesLeft, policy)[lang]
    : `⏰ ${reminder.kind} — ${quote(excerpt(reminder.item.text, 80), lang)} · ${t(lang, 'dueBy', when(reminder.deadline, lang))}`;
  return `${head}\n  ${t(lang, 'choices', n)}`;
}

export function renderDigest(
  digest: Digest,
  numberOf: (item: Item) => number,
  lang: Lang,
  policy?: { name: string; zone: string },
): string {
  const zone = policy?.zone;
  const s = digest.totals;
  const lines = [
    `📋 ${t(lang, digest.catchUp ? 'catchUpTitle' : 'digestTitle', policy?.name ?? digest.policyId, when(digest.at, lang, zone))}`,
    ...(digest.catchUp ? [`  ${t(lang, 'catchUp', digest.catchUp.held)}`] : []),
    `  ${t(lang, 'digestTotals', s.open, s.dueToday, s.breached, s.answeredInTime, s.answeredLate)}`,
  ];
  if (s.medianReplyHours !== undefined) {
    lines.push(`  ${t(lang, 'digestMedian', s.medianReplyHours.toFixed(1), (s.p90ReplyHours ?? s.medianReplyHours).toFixed(1))}`);
  }
  for (const [title, items] of [
    ['digestDueToday', digest.dueToday],
    ['digestBreached', digest.breached],
  ] as const) {
    if (items.length === 0) continue;
    lines.push(`  ${t(lang, title)}`);
    for (const item of items) {
      lines.push(`    ${num(numberOf(item), lang)} · ${when(item.deadline, lang, zone)} · ${quote(excerpt(item.text, 80), lang)}`);
    }
  }
  return lines.join('\n');
}
