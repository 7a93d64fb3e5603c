import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { CliIo } from '../cli/io.js';
import type { Policy } from '../policy/schema.js';
import type { Lang } from '../policy/types.js';
import type { ItemKind } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import { deadlineFor, type PlannedReminder } from './deadlineFor.js';
import { formatBusinessMinutes, formatDay, formatWhen } from './formatWhen.js';
import { staffedAt } from './staffedAt.js';
import { message, render } from '../messages/Message.js';
import type { BusinessCalendar } from './businessCalendar.js';
import { readerLang } from '../messages/readerLang.js';

class UsageError extends Error {}

// The one-line form, for usage errors; `--help` prints the catalogue's sla.usage.
const USAGE = 'usage: vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const reminderLine = (r: PlannedReminder, at: string, lang: Lang) =>
  render(
    r.kind === 'due-soon'
      ? message('sla.reminder-due-soon', { at, left: formatBusinessMinutes(r.threshold ?? 0, lang) })
      : message('sla.reminder-before-closing', { at }),
    lang,
  );

/**
 * The days the office is closed between arrival and deadline other than weekends (holidays, closing days and
 * periods), with why: what the deadline skips that a reader would not guess from the week alone.
 */
function closedDays(cal: BusinessCalendar, from: Date, to: Date): { day: string; why: string }[] {
  const out: { day: string; why: string }[] = [];
  const last = cal.localDay(to);
  let day = cal.localDay(from);
  for (let guard = 0; day <= last && guard < 400; guard++) {
    const why = cal.closedBecause(day);
    // A holiday that falls on a day the office never opens (a Saturday) changes nothing: not worth a word.
    const weekday = WEEKDAY_KEYS[DateTime.fromISO(day).weekday - 1]!;
    if (why && why !== 'weekend' && cal.config.hours[weekday].length > 0) out.push({ day, why });
    day = DateTime.fromISO(day).plus({ days: 1 }).toISODate()!;
  }
  return out;
}

function parse(argv: string[], policies: Map<string, Policy>, fallbackLang: Lang) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        policy: { type: 'string' },
        received: { type: 'string' },
        kind: { type: 'string', default: 'comment' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const known = [...policies.keys()].sort().join(', ');
  if (!values.policy) throw new UsageError(`--policy is required (one of: ${known})`);
  const policy = policies.get(values.policy);
  if (!policy) throw new UsageError(`unknown policy '${values.policy}' (one of: ${known})`);
  if (!values.received) throw new UsageError('--received is required: the instant the item arrived, e.g. 2026-11-23T15:00-05:00');
  const received = DateTime.fromISO(values.received, { zone: policy.calendar.timeZone });
  if (!received.isValid) {
    throw new UsageError(`--received '${values.received}' is not an ISO 8601 date-time (e.g. 2026-11-23T15:00-05:00)`);
  }
  if (values.kind !== 'comment' && values.kind !== 'message') throw new UsageError(`--kind must be comment or message, not '${values.kind}'`);
  const lang = values.lang ?? fallbackLang;
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang must be fr or en, not '${lang}'`);
  return { policy, received: received.toJSDate(), kind: values.kind as ItemKind, lang: lang as Lang, json: values.json };
}

/**
 * `vigie sla`: the reply deadline and reminder times of an item received at an instant, under a policy.
 * The policies are handed in, so the command's logic does not depend on where they are loaded from.
 */
export async function slaCommand(argv: string[], io: CliIo, policies: Map<string, Policy>): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    const i = argv.indexOf('--lang');
    const lang = argv[i + 1] === 'en' || argv[i + 1] === 'fr' ? (argv[i + 1] as Lang) : (readerLang(io.env) ?? 'fr');
    io.out(render(message('sla.usage'), lang) + '\n');
    return 0;
  }
  let args;
  try {
    args = parse(argv, policies, readerLang(io.env) ?? 'fr');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`vigie sla: ${err.message}\n`);
    return 2;
  }
  const { policy, received, kind, lang } = args;
  const { deadline, remindAt, reminders } = deadlineFor(policy, received, kind);
  const zone = policy.calendar.timeZone;
  const iso = (d: Date) => DateTime.fromJSDate(d, { zone }).toISO()!;
  const cal = businessCalendar(policy.calendar);
  const closed = closedDays(cal, received, deadline);

  if (args.json) {
    io.out(
      JSON.stringify({
        policy: policy.id,
        kind,
        received: iso(received),
        deadline: iso(deadline),
        remindAt: remindAt.map(iso),
        reminders: reminders.map((r) => ({ kind: r.kind, at: iso(r.at), ...(r.threshold ? { thresholdMinutes: r.threshold } : {}) })),
        businessDays: policy.sla.targets[kind].businessDays,
        closedDays: closed,
      }) + '\n',
    );
    return 0;
  }

  const when = (d: Date) => formatWhen(d, policy, lang, { year: true });
  const lines: string[] = [];
  lines.push(render(message('sla.received-due', { received: when(received), due: when(deadline) }), lang));
  // The same rule as the reminders': an arrival at the closing minute or later starts at the next opening.
  const clockStarts = staffedAt(cal, received.getTime());
  if (clockStarts !== received.getTime()) {
    const start = new Date(clockStarts);
    lines.push(render(message('sla.clock-starts', { start: when(start) }), lang));
  }
  if (closed.length) {
    lines.push(render(message('sla.closed-days', { days: closed.map((c) => `${formatDay(c.day, lang)} (${c.why})`).join(', ') }), lang));
  }
  for (const r of reminders) lines.push(`  ${reminderLine(r, when(r.at), lang)}`);
  io.out(lines.join('\n') + '\n');
  return 0;
}
