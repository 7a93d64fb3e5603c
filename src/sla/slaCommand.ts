import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { CliIo } from '../cli/io.js';
import type { Policy } from '../policy/schema.js';
import type { Lang } from '../policy/types.js';
import type { ItemKind } from '../moderation/Item.js';
import { businessCalendar } from './businessCalendar.js';
import { deadlineFor, type PlannedReminder } from './deadlineFor.js';
import { formatBusinessMinutes, formatWhen } from './formatWhen.js';
import { staffedAt } from './staffedAt.js';

class UsageError extends Error {}

const USAGE = 'usage: vigie sla --policy ID --received ISO8601 [--kind comment|message] [--json] [--lang fr|en]';

const REMINDER_LABEL: Record<Lang, Record<PlannedReminder['kind'], (r: PlannedReminder) => string>> = {
  fr: {
    'due-soon': (r) => `échéance proche (${formatBusinessMinutes(r.threshold ?? 0, 'fr')} ouvrables restantes)`,
    'before-closing': () => 'avant la fermeture : à traiter avant de partir',
  },
  en: {
    'due-soon': (r) => `due soon (${formatBusinessMinutes(r.threshold ?? 0, 'en')} of business time left)`,
    'before-closing': () => 'before closing: answer before leaving',
  },
};

function parse(argv: string[], policies: Map<string, Policy>) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        policy: { type: 'string' },
        received: { type: 'string' },
        kind: { type: 'string', default: 'comment' },
        lang: { type: 'string', default: 'fr' },
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
  if (values.lang !== 'fr' && values.lang !== 'en') throw new UsageError(`--lang must be fr or en, not '${values.lang}'`);
  return { policy, received: received.toJSDate(), kind: values.kind as ItemKind, lang: values.lang as Lang, json: values.json };
}

/**
 * `vigie sla`: the reply deadline and reminder times of an item received at an instant, under a policy.
 * The policies are handed in, so the command's logic does not depend on where they are loaded from.
 */
export async function slaCommand(argv: string[], io: CliIo, policies: Map<string, Policy>): Promise<number> {
  let args;
  try {
    args = parse(argv, policies);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`vigie sla: ${err.message}\n`);
    return 2;
  }
  const { policy, received, kind, lang } = args;
  const { deadline, remindAt, reminders } = deadlineFor(policy, received, kind);
  const zone = policy.calendar.timeZone;
  const iso = (d: Date) => DateTime.fromJSDate(d, { zone }).toISO()!;

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
      }) + '\n',
    );
    return 0;
  }

  const cal = businessCalendar(policy.calendar);
  const when = (d: Date) => formatWhen(d, policy, lang, { year: true });
  const lines: string[] = [];
  lines.push(
    lang === 'fr'
      ? `Reçu le ${when(received)} — réponse attendue au plus tard le ${when(deadline)}`
      : `Received ${when(received)} — reply due by ${when(deadline)}`,
  );
  // The same rule as the reminders': an arrival at the closing minute or later starts at the next opening.
  const clockStarts = staffedAt(cal, received.getTime());
  if (clockStarts !== received.getTime()) {
    const start = new Date(clockStarts);
    lines.push(
      lang === 'fr'
        ? `Reçu hors des heures d’ouverture : le délai court à partir du ${when(start)}.`
        : `Received outside office hours: the clock starts ${when(start)}.`,
    );
  }
  for (const r of reminders) lines.push(`  ${lang === 'fr' ? 'Rappel :' : 'Reminder:'} ${when(r.at)} — ${REMINDER_LABEL[lang][r.kind](r)}`);
  io.out(lines.join('\n') + '\n');
  return 0;
}
