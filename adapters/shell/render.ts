import type { Item } from '../../src/moderation/Item.js';
import { alertOffer, type OfferedDecision } from '../../src/moderation/alertOffer.js';
import type { DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Lang, Verdict } from '../../src/policy/types.js';
import { formatReminder } from '../../src/sla/formatReminder.js';
import { formatWhen } from '../../src/sla/formatWhen.js';
import type { Digest, Reminder } from '../../src/sla/types.js';
import { pauseLine } from '../../src/messages/pauseLine.js';
import { digestRulesLines } from '../../src/messages/digestRulesLines.js';
import { render, say } from '../../src/messages/Message.js';
import { labelled, quoted } from '../../src/messages/typography.js';

/**
 * How the console shows an item of a policy: the console's language, the policy (its time zone, its language for
 * the prescribed reply, its name) and the reader's present, so a date in another year carries its year.
 */
export interface ConsoleLook {
  lang: Lang;
  policy?: Policy;
  now: Date;
}

/** An ISO instant as the team reads it, in the policy's time zone, in the house style every surface uses. */
export function when(iso: string | undefined, look: ConsoleLook): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return iso ?? '—';
  return formatWhen(iso, { calendar: { timeZone: look.policy?.calendar.timeZone ?? 'America/Toronto' } }, look.lang, { now: look.now });
}

/** Long texts are cut so one alert stays a screenful. */
export function excerpt(text: string, max = 280): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** "n° 3" in French, "#3" in English. */
export function num(n: number, lang: Lang): string {
  return say(lang, 'alert.number', { n });
}

/** The word for an item's verdict: a question that breaks no rule is flagged for its answer, not its content. */
export function verdictWord(item: Pick<Item, 'verdict' | 'check' | 'needsReply'>, lang: Lang): string {
  const verdict: Verdict = item.verdict ?? item.check?.verdict ?? 'review';
  return verdict === 'ok' && item.needsReply ? say(lang, 'verdict.answer') : say(lang, `verdict.${verdict}`);
}

// The console's own syntax for each choice: its command, the reply's optional text.
const CHOICE_COMMAND: Record<Lang, Record<OfferedDecision, string>> = {
  fr: { approve: '/approuver', hide: '/masquer', reply: '/repondre', delete: '/supprimer' },
  en: { approve: '/approve', hide: '/hide', reply: '/reply', delete: '/delete' },
};

/** The choices the core offers for the item now, as commands to type; nothing once it is settled. */
export function choices(item: Item, n: number, look: ConsoleLook, outcome?: DecisionOutcome): string | undefined {
  const { decisions } = alertOffer(item, look.policy?.language ?? look.lang, outcome);
  if (decisions.length === 0) return undefined;
  const typed = decisions.map((d) => `${CHOICE_COMMAND[look.lang][d]} ${n}${d === 'reply' ? ` [${say(look.lang, 'help.text').toLowerCase()}]` : ''}`);
  return say(look.lang, 'console.choices', { list: typed.join(' · ') });
}

/**
 * The alert for a flagged item, with its numbered choices. The prescribed reply shown is the one `/repondre N`
 * posts: in the comment's language (the policy's when unknown), whatever the console's language.
 */
export function renderAlert(item: Item, n: number, look: ConsoleLook): string {
  const { lang } = look;
  const lines = [
    `── ${say(lang, 'alert.heading', { n })} · ${item.policyId} · ${verdictWord(item, lang)} ──`,
    `${item.author.name ?? item.author.id} · ${item.pageName ?? item.pageId} · ${say(lang, 'alert.received-on', { when: when(item.receivedAt, look) })}` +
      (item.deadline ? ` · ${say(lang, 'alert.due-by', { when: when(item.deadline, look) })}` : ''),
    quoted(excerpt(item.text), lang),
  ];
  for (const f of item.check?.findings ?? []) {
    lines.push(`  • [${f.category}/${f.severity}] ${f.message[lang]}`);
    lines.push(`    ${labelled(say(lang, 'alert.clause'), quoted(f.clause, lang), lang)}`);
  }
  const { reply } = alertOffer(item, look.policy?.language ?? lang);
  if (reply) lines.push(`  ${labelled(say(lang, 'alert.prescribed-reply'), quoted(reply.text, lang), lang)}`);
  const typed = choices(item, n, look);
  if (typed) lines.push(typed);
  return lines.join('\n');
}

/** The alert replaced after a decision: who did what, when; the choices left (Reply on a question still unanswered). */
export function renderOutcome(outcome: DecisionOutcome, n: number, look: ConsoleLook): string {
  const { lang } = look;
  if (!outcome.ok) {
    // Nothing changed: the choices stay, to try again once the cause is fixed (as Slack's and Teams' buttons do).
    const failed = `${num(n, lang)} — ${labelled(say(lang, 'outcome.failed'), outcome.error ? render(outcome.error, lang) : '?', lang)}`;
    const left = choices(outcome.item, n, look, outcome);
    return left ? `${failed}\n  ${left}` : failed;
  }
  const decision = outcome.duplicate ? (outcome.item.decision ?? outcome.decision) : outcome.decision;
  const at = outcome.duplicate ? (outcome.item.decidedAt ?? outcome.at) : outcome.at;
  // The core records who decided as `surface:id`: the name is known only when it is the person asking again.
  const asker = `${outcome.by.surface}:${outcome.by.id}`;
  const by = outcome.duplicate && outcome.item.decidedBy !== asker ? (outcome.item.decidedBy ?? '?') : (outcome.by.name ?? outcome.by.id);
  const done = say(lang, 'outcome.done', { decision: say(lang, `decided.${decision}`), by, when: say(lang, 'outcome.on', { when: when(at, look) }) });
  const lines = [`${num(n, lang)} — ${outcome.duplicate ? say(lang, 'outcome.already', { what: done }) : done}`];
  if (outcome.replyText) lines.push(`  ${labelled(say(lang, 'reply.label'), quoted(outcome.replyText, lang), lang)}`);
  if (outcome.dryRun) lines.push(`  (${say(lang, 'outcome.dry-run')})`);
  const left = outcome.duplicate ? undefined : choices(outcome.item, n, look, outcome);
  if (left) lines.push(`  ${left}`);
  return lines.join('\n');
}

/** The reminder in the words every surface uses, with the choices to act on it. */
export function renderReminder(reminder: Reminder, n: number, look: ConsoleLook): string {
  const { lang, policy } = look;
  const head = policy
    ? formatReminder(reminder.kind, reminder.item, reminder.deadline, reminder.businessMinutesLeft, policy, look.now)[lang]
    : `⏰ ${say(lang, `reminder.${reminder.kind}`)} — ${quoted(excerpt(reminder.item.text, 80), lang)} · ${say(lang, 'alert.due-by', { when: when(reminder.deadline, look) })}`;
  const typed = choices(reminder.item, n, look);
  return typed ? `${head}\n  ${typed}` : head;
}

export function renderDigest(digest: Digest, numberOf: (item: Item) => number, look: ConsoleLook): string {
  const { lang } = look;
  const s = digest.totals;
  const name = look.policy?.name[lang] ?? digest.policyId;
  const count = (code: 'digest.open' | 'digest.due-today' | 'digest.breached' | 'digest.in-time' | 'digest.late', n: number) =>
    labelled(say(lang, code), String(n), lang);
  const lines = [
    `📋 ${say(lang, digest.catchUp ? 'digest.catch-up-title' : 'digest.title')} — ${name} — ${when(digest.at, look)}`,
    ...(digest.catchUp ? [`  ${say(lang, 'digest.catch-up', { n: digest.catchUp.held })}`] : []),
    ...(digest.paused ?? []).map((p) => `  ⏸ ${pauseLine(p, lang, (iso) => when(iso, look))}`),
    `  ${[
      count('digest.open', s.open),
      count('digest.due-today', s.dueToday),
      count('digest.breached', s.breached),
      count('digest.in-time', s.answeredInTime),
      count('digest.late', s.answeredLate),
    ].join(' · ')}`,
  ];
  if (s.medianReplyHours !== undefined) {
    const hours = (h: number) => say(lang, 'digest.hours', { h: h.toFixed(1) });
    lines.push(
      `  ${labelled(say(lang, 'digest.median'), hours(s.medianReplyHours), lang)} · ${labelled(say(lang, 'digest.ninetieth'), hours(s.p90ReplyHours ?? s.medianReplyHours), lang)}`,
    );
  }
  for (const [title, items] of [
    ['digest.due-today', digest.dueToday],
    ['digest.breached', digest.breached],
  ] as const) {
    if (items.length === 0) continue;
    lines.push(`  ${labelled(say(lang, title), '', lang).trimEnd()}`);
    for (const item of items) {
      lines.push(`    ${num(numberOf(item), lang)} · ${when(item.deadline, look)} · ${quoted(excerpt(item.text, 80), lang)}`);
    }
  }
  if (digest.rules) {
    const w = digestRulesLines(digest.rules, lang);
    lines.push(`  ${w.title}`, ...w.lines.map((l) => `    ${l}`), `    ${w.missed}`, `    ${w.threshold}`);
  }
  return lines.join('\n');
}
