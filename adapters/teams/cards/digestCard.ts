import type { Lang } from '../../../src/policy/types.js';
import type { Digest, DigestStats } from '../../../src/sla/types.js';
import type { Item } from '../../../src/moderation/Item.js';
import { texts } from '../texts.js';
import { adaptiveCard, plain, text, type AdaptiveCard, type When } from './adaptiveCard.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

export interface DigestCardOptions {
  lang: Lang;
  when: When;
  policyName?: string;
}

function statsFacts(s: DigestStats, lang: Lang): { title: string; value: string }[] {
  const d = texts(lang).digest;
  return [
    { title: d.open, value: String(s.open) },
    { title: d.dueToday, value: String(s.dueToday) },
    { title: d.breached, value: String(s.breached) },
    { title: d.inTime, value: String(s.answeredInTime) },
    { title: d.late, value: String(s.answeredLate) },
    ...(s.medianReplyHours !== undefined ? [{ title: d.median, value: s.medianReplyHours.toFixed(1) }] : []),
    ...(s.p90ReplyHours !== undefined ? [{ title: d.p90, value: s.p90ReplyHours.toFixed(1) }] : []),
  ];
}

/** "open / due today / late" per row of a breakdown, compact enough for many accounts or categories. */
function breakdown(title: string, rows: Record<string, DigestStats>): Record<string, unknown>[] {
  const entries = Object.entries(rows);
  if (!entries.length) return [];
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'FactSet',
      facts: entries.map(([name, s]) => ({ title: name, value: `${s.open} / ${s.dueToday} / ${s.breached}` })),
    },
  ];
}

function itemList(title: string, items: Item[], when: When, lang: Lang): Record<string, unknown>[] {
  if (!items.length) return [];
  const t = texts(lang);
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    ...items.map((i) => {
      const short = i.text.length > 120 ? `${i.text.slice(0, 119)}…` : i.text;
      const due = i.deadline ? ` — ${t.deadline.toLowerCase()} ${when(i.deadline)}` : '';
      const link = i.permalink ? ` [↗](${i.permalink})` : '';
      return text(`- ${i.pageName ?? i.pageId} · ${labelled(i.author.name ?? i.author.id, quoted(plain(short), lang), lang)}${due}${link}`, { spacing: 'Small' });
    }),
  ];
}

/** The morning digest: totals, breakdowns (open / due today / late) and the lists that need someone today. */
export function digestCard(digest: Digest, opts: DigestCardOptions): AdaptiveCard {
  const t = texts(opts.lang);
  const d = t.digest;
  return adaptiveCard([
    text(`${digest.catchUp ? t.catchUpTitle : t.digestTitle}${opts.policyName ? ` — ${opts.policyName}` : ''}`, { weight: 'Bolder', size: 'Medium' }),
    ...(digest.catchUp ? [text(t.catchUp(digest.catchUp.held))] : []),
    text(`${opts.when(digest.at)} · ${labelled(d.previous, digest.previousBusinessDay, opts.lang)}`, { isSubtle: true, spacing: 'None' }),
    { type: 'FactSet', facts: statsFacts(digest.totals, opts.lang) },
    ...breakdown(`${d.byAccount} (${d.open} / ${d.dueToday} / ${d.breached})`, digest.byAccount),
    ...breakdown(`${d.byCategory} (${d.open} / ${d.dueToday} / ${d.breached})`, digest.byCategory),
    ...itemList(d.breachedList, digest.breached, opts.when, opts.lang),
    ...itemList(d.dueList, digest.dueToday, opts.when, opts.lang),
  ]);
}
