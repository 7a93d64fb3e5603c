import type { types } from '@slack/bolt';
import type { Item } from '../../../src/moderation/Item.js';
import { CATEGORY_LABELS } from '../../../src/policy/categoryLabels.js';
import type { Category } from '../../../src/policy/types.js';
import type { Digest, DigestStats } from '../../../src/sla/types.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import { texts, type Texts } from '../texts.js';
import type { AlertLook } from './alertBlocks.js';
import { context, mrkdwn, plain, section } from './plain.js';

// Long lists go to the web of links, not to one giant message: a digest stays readable on a phone.
const MAX_LISTED = 10;

function hours(n: number | undefined, t: Texts): string {
  return n === undefined ? '—' : `${n.toFixed(1)} ${t.digest.hours}`;
}

function statsLine(s: DigestStats, t: Texts): string {
  return `${t.digest.open} ${s.open} · ${t.digest.dueToday} ${s.dueToday} · ${t.digest.breached} ${s.breached} · ${t.digest.inTime} ${s.answeredInTime} · ${t.digest.late} ${s.answeredLate}`;
}

function itemLine(item: Item, look: AlertLook): string {
  const t = texts(look.lang);
  const who = escapeMrkdwn(item.author.name ?? item.author.id);
  const page = escapeMrkdwn(item.pageName ?? item.pageId);
  const where = item.permalink ? `<${item.permalink}|${page}>` : page;
  const due = item.deadline ? ` · ${t.deadline}${t.colon}${look.when(item.deadline)}` : '';
  return `• *${who}* (${where})${due}\n   _${escapeMrkdwn(clip(item.text.replace(/\s+/g, ' '), 140))}_`;
}

function listBlock(title: string, items: Item[], look: AlertLook): types.KnownBlock[] {
  if (items.length === 0) return [];
  const t = texts(look.lang);
  const lines = items.slice(0, MAX_LISTED).map((i) => itemLine(i, look));
  if (items.length > MAX_LISTED) lines.push(t.digest.listMore(items.length - MAX_LISTED));
  return [section(`*${title} (${items.length})*\n${lines.join('\n')}`)];
}

function breakdown(title: string, rows: Record<string, DigestStats>, t: Texts, label: (k: string) => string): types.KnownBlock[] {
  const keys = Object.keys(rows).sort();
  if (keys.length === 0) return [];
  return [section(`*${title}*\n${keys.map((k) => `• *${escapeMrkdwn(label(k))}*${t.colon}${statsLine(rows[k]!, t)}`).join('\n')}`)];
}

/** The morning digest (or a catch-up standing in for many reminders): totals, reply times of the previous business day, per account and category, what is due, what is late. */
export function digestBlocks(digest: Digest, look: AlertLook): types.KnownBlock[] {
  const t = texts(look.lang);
  const s = digest.totals;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: plain(`${digest.catchUp ? t.catchUpTitle : t.digestTitle} · ${look.policy.name[look.lang]}`) },
    ...(digest.catchUp ? [section(t.catchUp(digest.catchUp.held))] : []),
    {
      type: 'section',
      fields: [
        mrkdwn(`*${t.digest.open}*\n${s.open}`),
        mrkdwn(`*${t.digest.dueToday}*\n${s.dueToday}`),
        mrkdwn(`*${t.digest.breached}*\n${s.breached}`),
        mrkdwn(`*${t.digest.inTime} / ${t.digest.late}*\n${s.answeredInTime} / ${s.answeredLate}`),
        mrkdwn(`*${t.digest.median}*\n${hours(s.medianReplyHours, t)}`),
        mrkdwn(`*${t.digest.p90}*\n${hours(s.p90ReplyHours, t)}`),
      ],
    },
    context(`${t.digest.previous}${t.colon}${digest.previousBusinessDay} · ${look.when(digest.at)}`),
    ...breakdown(t.digest.byAccount, digest.byAccount, t, (k) => k),
    ...breakdown(t.digest.byCategory, digest.byCategory, t, (k) => (k in CATEGORY_LABELS ? CATEGORY_LABELS[k as Category][look.lang] : k)),
    ...listBlock(t.digest.breachedList, digest.breached, look),
    ...listBlock(t.digest.dueList, digest.dueToday, look),
  ];
  if (s.open === 0 && digest.breached.length === 0 && digest.dueToday.length === 0) blocks.push(section(t.digest.nothing));
  return blocks;
}

export function digestText(digest: Digest, look: AlertLook): string {
  const t = texts(look.lang);
  return `${digest.catchUp ? t.catchUpTitle : t.digestTitle}${t.colon}${statsLine(digest.totals, t)}`;
}
