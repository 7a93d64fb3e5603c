import type { Lang } from '../../../src/policy/types.js';
import type { Digest, DigestStats } from '../../../src/sla/types.js';
import { digestRulesLines } from '../../../src/messages/digestRulesLines.js';
import type { Item } from '../../../src/moderation/Item.js';
import { say } from '../../../src/messages/Message.js';
import { pauseLine } from '../../../src/messages/pauseLine.js';
import { adaptiveCard, plain, text, type AdaptiveCard, type When } from './adaptiveCard.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

export interface DigestCardOptions {
  lang: Lang;
  when: When;
  policyName?: string;
}

function statsFacts(s: DigestStats, lang: Lang): { title: string; value: string }[] {
  return [
    { title: say(lang, 'digest.open'), value: String(s.open) },
    { title: say(lang, 'digest.due-today'), value: String(s.dueToday) },
    { title: say(lang, 'digest.breached'), value: String(s.breached) },
    { title: say(lang, 'digest.in-time'), value: String(s.answeredInTime) },
    { title: say(lang, 'digest.late'), value: String(s.answeredLate) },
    ...(s.medianReplyHours !== undefined
      ? [{ title: say(lang, 'digest.median'), value: say(lang, 'digest.hours', { h: s.medianReplyHours.toFixed(1) }) }]
      : []),
    ...(s.p90ReplyHours !== undefined
      ? [{ title: say(lang, 'digest.ninetieth'), value: say(lang, 'digest.hours', { h: s.p90ReplyHours.toFixed(1) }) }]
      : []),
  ];
}

/** "open / due today / late" per row of a breakdown, compact enough for many accounts or categories. */
function breakdown(title: string, rows: Record<string, DigestStats>, label: (key: string) => string = (k) => k): Record<string, unknown>[] {
  const entries = Object.entries(rows);
  if (!entries.length) return [];
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'FactSet',
      facts: entries.map(([name, s]) => ({ title: label(name), value: `${s.open} / ${s.dueToday} / ${s.breached}` })),
    },
  ];
}

function itemList(title: string, items: Item[], when: When, lang: Lang): Record<string, unknown>[] {
  if (!items.length) return [];
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    ...items.map((i) => {
      const short = i.text.length > 120 ? `${i.text.slice(0, 119)}…` : i.text;
      const due = i.deadline ? ` — ${say(lang, 'alert.due-by', { when: when(i.deadline) })}` : '';
      const link = i.permalink ? ` [↗](${i.permalink})` : '';
      return text(`- ${i.pageName ?? i.pageId} · ${labelled(i.author.name ?? i.author.id, quoted(plain(short), lang), lang)}${due}${link}`, {
        spacing: 'Small',
      });
    }),
  ];
}

/** The morning digest: totals, breakdowns (open / due today / late) and the lists that need someone today. */
export function digestCard(digest: Digest, opts: DigestCardOptions): AdaptiveCard {
  const { lang } = opts;
  const title = say(lang, digest.catchUp ? 'digest.catch-up-title' : 'digest.title');
  const columns = `(${say(lang, 'digest.open')} / ${say(lang, 'digest.due-today')} / ${say(lang, 'digest.breached')})`;
  return adaptiveCard([
    text(`${title}${opts.policyName ? ` — ${opts.policyName}` : ''}`, { weight: 'Bolder', size: 'Medium' }),
    ...(digest.catchUp ? [text(say(lang, 'digest.catch-up', { n: digest.catchUp.held }))] : []),
    ...(digest.paused ?? []).map((p) => text(plain(pauseLine(p, lang, opts.when)), { color: 'Warning' })),
    text(`${opts.when(digest.at)} · ${labelled(say(lang, 'digest.previous'), digest.previousBusinessDay, lang)}`, {
      isSubtle: true,
      spacing: 'None',
    }),
    { type: 'FactSet', facts: statsFacts(digest.totals, lang) },
    ...breakdown(`${say(lang, 'digest.by-account')} ${columns}`, digest.byAccount),
    ...breakdown(`${say(lang, 'digest.by-category')} ${columns}`, digest.byCategory, (k) =>
      k === 'message' ? say(lang, 'digest.private-messages') : k,
    ),
    ...itemList(say(lang, 'digest.breached'), digest.breached, opts.when, lang),
    ...itemList(say(lang, 'digest.due-today'), digest.dueToday, opts.when, lang),
    ...rulesPart(digest, lang),
  ]);
}

/** Once a week: the rules worth a look and what Vigie missed, with the threshold that chose them. */
function rulesPart(digest: Digest, lang: Lang): Record<string, unknown>[] {
  if (!digest.rules) return [];
  const w = digestRulesLines(digest.rules, lang);
  return [
    text(w.title, { weight: 'Bolder', spacing: 'Medium' }),
    ...w.lines.map((l) => text(`- ${plain(l)}`, { spacing: 'Small' })),
    text(plain(w.missed), { spacing: 'Small' }),
    text(plain(w.threshold), { isSubtle: true, spacing: 'Small' }),
  ];
}
