// Sweep and digest cost for 1,000 → 100,000 open items, beside a naive per-item recomputation that asks
// date-holidays day by day (what a first version without a precomputed calendar would do).
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { policySchema, type Policy } from '../src/policy/schema.js';
import type { Item } from '../src/moderation/Item.js';
import { sweep } from '../src/sla/sweep.js';
import { buildDigest } from '../src/sla/buildDigest.js';
import { openItem } from '../src/sla/lifecycle.js';

const weekday: [string, string][] = [['08:30', '16:30']];
const policy: Policy = policySchema.parse({
  id: 'bench-qc',
  name: { fr: 'Banc', en: 'Bench' },
  language: 'fr',
  source: 'bench',
  calendar: { province: 'QC', hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } },
  sla: { targets: { comment: { businessDays: 1 }, message: { businessDays: 2 } } },
  rules: [{ id: 'x', category: 'insult', detector: 'lexicon', action: 'hide', clause: 'propos injurieux', message: { fr: 'x', en: 'x' } }],
});
const zone = policy.calendar.timeZone;
const now = DateTime.fromISO('2026-11-24T10:00', { zone }).toJSDate();

/**
 * n open items received over the last three business days (a mix of not yet due, due soon and breached), one in
 * ten already answered, with deadlines set as the pipeline does (openItem).
 */
function items(n: number): Item[] {
  const span = 5 * 24 * 3600_000;
  const out: Item[] = [];
  for (let i = 0; i < n; i++) {
    const received = new Date(now.getTime() - Math.floor((((i * 7919) % n) / n) * span));
    const base: Item = {
      id: `facebook:${i}`,
      source: 'facebook',
      externalId: String(i),
      pageId: `page-${i % 5}`,
      policyId: policy.id,
      kind: i % 4 === 0 ? 'message' : 'comment',
      author: { id: `u${i}` },
      text: 'Bonjour, une question.',
      receivedAt: received.toISOString(),
      status: 'received',
      needsReply: true,
      updatedAt: received.toISOString(),
    };
    const opened = openItem(base, policy);
    if (i % 10 === 0) {
      const answeredAt = new Date(received.getTime() + 3 * 3600_000);
      if (answeredAt < now) Object.assign(opened, { status: 'answered', answeredAt: answeredAt.toISOString(), answeredBy: 'staff' });
    }
    out.push(opened);
  }
  return out;
}

/** Median wall and CPU time of `runs` runs, in ms (the machine is shared: CPU time is the steadier figure). */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

/** Naive: for each item, walk day by day from now to its deadline, asking date-holidays whether each day is off. */
function naiveRemaining(list: Item[], hd: Holidays): number {
  let breached = 0;
  for (const item of list) {
    if (item.status !== 'open') continue;
    const due = DateTime.fromISO(item.deadline!, { zone });
    let minutes = 0;
    for (let d = DateTime.fromJSDate(now, { zone }).startOf('day'); d <= due; d = d.plus({ days: 1 })) {
      if (d.weekday > 5 || hd.isHoliday(d.toJSDate())) continue;
      const open = d.set({ hour: 8, minute: 30 });
      const close = d.set({ hour: 16, minute: 30 });
      const from = DateTime.max(open, DateTime.fromJSDate(now, { zone }));
      const to = DateTime.min(close, due);
      if (to > from) minutes += to.diff(from, 'minutes').minutes;
    }
    if (minutes <= 0) breached++;
  }
  return breached;
}

const f = (x: number) => x.toFixed(1);

export default async function slaBench(): Promise<void> {
  const hd = new Holidays('CA', 'QC');
  const rows: string[] = [];
  let first: number | undefined;
  for (const n of [1_000, 10_000, 100_000]) {
    const list = items(n);
    const sent = new Set(sweep(list, policy, now, new Set()).map((r) => r.mark)); // warms the calendar and the JIT
    const runs = n >= 100_000 ? 5 : 11;
    // Steady state: a tick where the reminders due were already sent (the usual 5-minute tick).
    const steady = time(() => sweep(list, policy, now, sent), runs);
    // First tick after start-up: every reminder due is new and gets its text in both languages.
    let fresh = 0;
    const cold = time(() => (fresh = sweep(list, policy, now, new Set()).length), runs);
    const digest = time(() => buildDigest(list, policy, now), runs);
    // The naive baseline is measured on a sample and scaled: at ~ms per holiday question, 100,000 items take minutes.
    const sample = list.slice(0, 200);
    const naive = (time(() => naiveRemaining(sample, hd), 1).cpu / sample.length) * n;
    first ??= steady.cpu;
    rows.push(
      `| ${n.toLocaleString('en-US')} | ${f(steady.cpu)} (${f(steady.wall)}) | ${(steady.cpu / first).toFixed(1)}× | ` +
        `${f(cold.cpu)} (${f(cold.wall)}) for ${fresh.toLocaleString('en-US')} reminders | ${f(digest.cpu)} (${f(digest.wall)}) | ` +
        `${naive.toFixed(0)} | ${(naive / steady.cpu).toFixed(0)}× |`,
    );
  }
  process.stdout.write('Times in ms: CPU (wall). Items received over three business days; deadlines stored by openItem.\n\n');
  process.stdout.write('| open items | sweep, steady tick | growth | sweep, first tick | digest | naive sweep * | naive ÷ sweep |\n');
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  process.stdout.write(rows.join('\n') + '\n');
  process.stdout.write('\n* naive: per item, day by day with date-holidays isHoliday(); CPU time on 200 items, scaled.\n');
}
