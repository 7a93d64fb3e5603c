import { DateTime } from 'luxon';
import type { Policy } from '../policy/schema.js';
import type { Item } from '../moderation/Item.js';
import { businessCalendar, type BusinessCalendar } from './businessCalendar.js';
import { deadlineMsOf, isAwaitingReply } from './sweep.js';
import type { Digest, DigestRules, DigestStats } from './types.js';
import { DEFAULT_WINDOW_DAYS, ruleFigures } from '../moderation/learning/ruleFigures.js';
import { WORTH_A_LOOK, worthALook } from '../moderation/learning/worthALook.js';

function emptyStats(): DigestStats {
  return { open: 0, dueToday: 0, breached: 0, answeredInTime: 0, answeredLate: 0 };
}

/** Nearest-rank percentile of sorted values (no interpolation: a reported time is one that happened). */
function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The last business day strictly before the local day of `now`. */
function previousBusinessDay(cal: BusinessCalendar, now: Date): string {
  let d = DateTime.fromMillis(now.getTime(), { zone: cal.config.timeZone }).startOf('day');
  for (let i = 0; i < 366; i++) {
    d = d.minus({ days: 1 });
    if (cal.isBusinessDay(d.toISODate()!)) return d.toISODate()!;
  }
  return d.toISODate()!;
}

/** Category keys of an item for the digest: the categories of its findings, or `none`; a private message also
 *  counts under `message`, so the digest says how many the Page's inbox brought and how fast they were answered. */
const NONE: readonly string[] = ['none'];
function categoriesOf(item: Item): readonly string[] {
  const findings = item.check?.findings;
  const cats = findings?.length ? [...new Set(findings.map((f) => f.category))] : NONE;
  return item.kind === 'message' ? ['message', ...cats.filter((c) => c !== 'none')] : cats;
}

/**
 * The morning digest of one policy: what is open, due today and breached now, and how the replies of the
 * previous business day went (answers since that day's start, weekend included, up to today's start), per
 * account and per category. Reply times are in business hours.
 */
export function buildDigest(items: Item[], policy: Policy, now: Date): Digest {
  const cal = businessCalendar(policy.calendar);
  const zone = policy.calendar.timeZone;
  const nowMs = now.getTime();
  const todayStart = DateTime.fromMillis(nowMs, { zone }).startOf('day');
  const todayStartMs = todayStart.toMillis();
  const todayEnd = todayStart.plus({ days: 1 }).toMillis();
  const prevDay = previousBusinessDay(cal, now);
  const prevStart = DateTime.fromISO(prevDay, { zone }).toMillis();

  const totals = emptyStats();
  const byAccount: Record<string, DigestStats> = {};
  const byCategory: Record<string, DigestStats> = {};
  const replyHours = { all: [] as number[], account: new Map<string, number[]>(), category: new Map<string, number[]>() };
  const dueToday: Item[] = [];
  const breached: Item[] = [];
  const dueOf = new Map<Item, number>(); // parsed once: sorting re-reads each deadline many times

  for (const item of items) {
    if (item.policyId !== policy.id) continue;
    const account = item.pageName ?? item.pageId;
    const cats = categoriesOf(item);
    // Buckets appear only for accounts and categories with something to report.
    let buckets: DigestStats[] | undefined;
    const bump = (field: keyof Omit<DigestStats, 'medianReplyHours' | 'p90ReplyHours'>) => {
      buckets ??= [totals, (byAccount[account] ??= emptyStats()), ...cats.map((c) => (byCategory[c] ??= emptyStats()))];
      for (const b of buckets) b[field]++;
    };

    if (item.status === 'open') bump('open');
    if (isAwaitingReply(item)) {
      const dueMs = deadlineMsOf(item, policy);
      dueOf.set(item, dueMs);
      if (dueMs <= nowMs) {
        bump('breached');
        breached.push(item);
      } else if (dueMs < todayEnd) {
        bump('dueToday');
        dueToday.push(item);
      }
    }
    if (item.answeredAt && item.needsReply) {
      const answeredMs = Date.parse(item.answeredAt);
      if (answeredMs >= prevStart && answeredMs < todayStartMs) {
        bump(answeredMs <= (dueOf.get(item) ?? deadlineMsOf(item, policy)) ? 'answeredInTime' : 'answeredLate');
        const hours = cal.businessMinutesBetween(new Date(item.receivedAt), new Date(answeredMs)) / 60;
        replyHours.all.push(hours);
        (replyHours.account.get(account) ?? replyHours.account.set(account, []).get(account)!).push(hours);
        for (const c of cats) (replyHours.category.get(c) ?? replyHours.category.set(c, []).get(c)!).push(hours);
      }
    }
  }

  const withTimes = (stats: DigestStats, hours: number[] | undefined) => {
    if (!hours?.length) return;
    hours.sort((a, b) => a - b);
    stats.medianReplyHours = round2(percentile(hours, 50)!);
    stats.p90ReplyHours = round2(percentile(hours, 90)!);
  };
  withTimes(totals, replyHours.all);
  for (const [k, s] of Object.entries(byAccount)) withTimes(s, replyHours.account.get(k));
  for (const [k, s] of Object.entries(byCategory)) withTimes(s, replyHours.category.get(k));

  const byDeadline = (a: Item, b: Item) => dueOf.get(a)! - dueOf.get(b)!;
  const rules = firstBusinessDayOfWeek(cal, now) ? weeklyRules(items, policy, now) : undefined;
  return {
    policyId: policy.id,
    at: DateTime.fromMillis(nowMs, { zone }).toISO()!,
    previousBusinessDay: prevDay,
    totals,
    byAccount,
    byCategory,
    dueToday: dueToday.sort(byDeadline),
    breached: breached.sort(byDeadline),
    ...(rules ? { rules } : {}),
  };
}

/** Whether `now` falls on the first business day of its week (Monday, or Tuesday after a holiday Monday...). */
function firstBusinessDayOfWeek(cal: BusinessCalendar, now: Date): boolean {
  const today = DateTime.fromMillis(now.getTime(), { zone: cal.config.timeZone }).startOf('day');
  for (let d = today.startOf('week'); d < today; d = d.plus({ days: 1 })) {
    if (cal.isBusinessDay(d.toISODate()!)) return false;
  }
  return cal.isBusinessDay(today.toISODate()!);
}

/** The weekly part: the rules worth a look over the last DEFAULT_WINDOW_DAYS days of decisions, and the misses. */
function weeklyRules(items: Item[], policy: Policy, now: Date): DigestRules {
  const report = ruleFigures(items, { since: new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000), until: now, policyId: policy.id });
  const missedByCategory: Record<string, number> = {};
  for (const m of report.missed) for (const [c, n] of Object.entries(m.byCategory)) missedByCategory[c] = (missedByCategory[c] ?? 0) + n;
  return {
    since: report.since,
    until: report.until,
    threshold: { below: WORTH_A_LOOK.below, minDecided: WORTH_A_LOOK.minDecided, overruled: WORTH_A_LOOK.overruled },
    rules: worthALook(report.rules),
    missed: report.missed.reduce((n, m) => n + m.total, 0),
    missedByCategory,
  };
}
