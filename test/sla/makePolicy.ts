import { DateTime } from 'luxon';
import { policySchema, type Policy } from '../../src/policy/schema.js';

type DeepPartialCalendar = Partial<Policy['calendar']>;

/** A policy built in code (through the real schema, so defaults apply): MESS hours unless told otherwise. */
export function makePolicy(
  overrides: { id?: string; calendar?: DeepPartialCalendar; sla?: Partial<Policy['sla']>; language?: 'fr' | 'en' } = {},
): Policy {
  const weekday: [string, string][] = [['08:30', '16:30']];
  return policySchema.parse({
    id: overrides.id ?? 'test-qc',
    name: { fr: 'Essai', en: 'Test' },
    language: overrides.language ?? 'fr',
    source: 'test',
    calendar: {
      timeZone: 'America/Toronto',
      province: 'QC',
      hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
      ...overrides.calendar,
    },
    sla: {
      targets: { comment: { businessDays: 1 }, message: { businessDays: 1 } },
      ...overrides.sla,
    },
    rules: [
      {
        id: 'insult',
        category: 'insult',
        detector: 'lexicon',
        action: 'hide',
        clause: 'propos injurieux ou offensants',
        message: { fr: 'Insulte', en: 'Insult' },
      },
    ],
  });
}

/** An instant given as Toronto wall time, e.g. at('2026-11-23T15:00'); luxon resolves the offset (DST included). */
export function at(wall: string): Date {
  const d = DateTime.fromISO(wall, { zone: 'America/Toronto' });
  if (!d.isValid) throw new Error(`bad test time ${wall}`);
  return d.toJSDate();
}

/** An instant's Toronto wall time as 'YYYY-MM-DDTHH:mm' for readable expectations. */
export function local(d: Date): string {
  return DateTime.fromJSDate(d, { zone: 'America/Toronto' }).toFormat("yyyy-MM-dd'T'HH:mm");
}
