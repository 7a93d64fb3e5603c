import type { types } from '@slack/bolt';
import type { Item } from '../../../src/moderation/Item.js';
import { CATEGORY_LABELS } from '../../../src/policy/categoryLabels.js';
import type { Category, Lang } from '../../../src/policy/types.js';
import type { Digest, DigestStats } from '../../../src/sla/types.js';
import { say } from '../../../src/messages/Message.js';
import { pauseLine } from '../../../src/messages/pauseLine.js';
import { digestRulesLines } from '../../../src/messages/digestRulesLines.js';
import { labelled } from '../../../src/messages/typography.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import type { AlertLook } from './alertBlocks.js';
import { context, mrkdwn, plain, section } from './plain.js';

// Long lists go to the web of links, not to one giant message: a digest stays readable on a phone.
const MAX_LISTED = 10;

function hours(n: number | undefined, lang: Lang): string {
  return n === undefined ? '—' : say(lang, 'digest.hours', { h: n.toFixed(1) });
}

function statsLine(s: DigestStats, lang: Lang): string {
  return [
    `${say(lang, 'digest.open')} ${s.open}`,
    `${say(lang, 'digest.due-today')} ${s.dueToday}`,
    `${say(lang, 'digest.breached')} ${s.breached}`,
    `${say(lang, 'digest.in-time')} ${s.answeredInTime}`,
    `${say(lang, 'digest.late')} ${s.answeredLate}`,
  ].join(' · ');
}

function itemLine(item: Item, look: AlertLook): string {
  const who = escapeMrkdwn(item.author.name ?? item.author.id);
  const page = escapeMrkdwn(item.pageName ?? item.pageId);
  const where = item.permalink ? `<${item.permalink}|${page}>` : page;
  const due = item.deadline ? ` · ${labelled(say(look.lang, 'alert.deadline'), look.when(item.deadline), look.lang)}` : '';
  return `• *${who}* (${where})${due}\n   _${escapeMrkdwn(clip(item.text.replace(/\s+/g, ' '), 140))}_`;
}

function listBlock(title: string, items: Item[], look: AlertLook): types.KnownBlock[] {
  if (items.length === 0) return [];
  const lines = items.slice(0, MAX_LISTED).map((i) => itemLine(i, look));
  if (items.length > MAX_LISTED) lines.push(say(look.lang, 'digest.more', { n: items.length - MAX_LISTED }));
  return [section(`*${title} (${items.length})*\n${lines.join('\n')}`)];
}

function breakdown(title: string, rows: Record<string, DigestStats>, lang: Lang, label: (k: string) => string): types.KnownBlock[] {
  const keys = Object.keys(rows).sort();
  if (keys.length === 0) return [];
  return [section(`*${title}*\n${keys.map((k) => `• ${labelled(`*${escapeMrkdwn(label(k))}*`, statsLine(rows[k]!, lang), lang)}`).join('\n')}`)];
}

/** Once a week: the rules worth a look and what Vigie missed, with the threshold that chose them. */
function rulesBlocks(digest: Digest, lang: Lang): types.KnownBlock[] {
  if (!digest.rules) return [];
  const w = digestRulesLines(digest.rules, lang);
  return [
    section(`*${w.title}*\n${w.lines.map((l) => `• ${escapeMrkdwn(l)}`).join('\n')}\n${escapeMrkdwn(w.missed)}`),
    context(escapeMrkdwn(w.threshold)),
  ];
}

function title(digest: Digest, lang: Lang): string {
  return say(lang, digest.catchUp ? 'digest.catch-up-title' : 'digest.title');
}

/** The morning digest (or a catch-up standing in for many reminders): totals, reply times of the previous business day, per account and category, what is due, what is late. */
export function digestBlocks(digest: Digest, look: AlertLook): types.KnownBlock[] {
  const { lang } = look;
  const s = digest.totals;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: plain(`${title(digest, lang)} · ${look.policy.name[lang]}`) },
    ...(digest.catchUp ? [section(say(lang, 'digest.catch-up', { n: digest.catchUp.held }))] : []),
    ...(digest.paused ?? []).map((p) => section(`:pause_button: ${escapeMrkdwn(pauseLine(p, lang, look.when))}`)),
    {
      type: 'section',
      fields: [
        mrkdwn(`*${say(lang, 'digest.open')}*\n${s.open}`),
        mrkdwn(`*${say(lang, 'digest.due-today')}*\n${s.dueToday}`),
        mrkdwn(`*${say(lang, 'digest.breached')}*\n${s.breached}`),
        mrkdwn(`*${say(lang, 'digest.in-time')} · ${say(lang, 'digest.late')}*\n${s.answeredInTime} · ${s.answeredLate}`),
        mrkdwn(`*${say(lang, 'digest.median')}*\n${hours(s.medianReplyHours, lang)}`),
        mrkdwn(`*${say(lang, 'digest.ninetieth')}*\n${hours(s.p90ReplyHours, lang)}`),
      ],
    },
    context(`${labelled(say(lang, 'digest.previous'), digest.previousBusinessDay, lang)} · ${look.when(digest.at)}`),
    ...breakdown(say(lang, 'digest.by-account'), digest.byAccount, lang, (k) => k),
    ...breakdown(say(lang, 'digest.by-category'), digest.byCategory, lang, (k) =>
      k in CATEGORY_LABELS ? CATEGORY_LABELS[k as Category][lang] : k === 'message' ? say(lang, 'digest.private-messages') : k,
    ),
    ...listBlock(say(lang, 'digest.breached'), digest.breached, look),
    ...listBlock(say(lang, 'digest.due-today'), digest.dueToday, look),
    ...rulesBlocks(digest, lang),
  ];
  if (s.open === 0 && digest.breached.length === 0 && digest.dueToday.length === 0) blocks.push(section(say(lang, 'digest.nothing')));
  return blocks;
}

export function digestText(digest: Digest, look: AlertLook): string {
  return labelled(title(digest, look.lang), statsLine(digest.totals, look.lang), look.lang);
}
