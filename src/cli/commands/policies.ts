// `vigie policies [--json] [--lang fr|en]`: each policy with its language rule, office hours, closing days and reply
// target, in --lang, else the terminal's language (LANG), else French.
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { policyDirs } from '../../policy/policyDirs.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../../policy/types.js';
import { labelled } from '../../messages/typography.js';
import { readerLang } from '../../messages/readerLang.js';
import { PROVINCE_INFO } from '../../sla/provinces.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES: Record<Lang, string[]> = {
  fr: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** "lun–ven 08:30–16:30": consecutive days with the same hours are grouped. */
export function officeHours(policy: Policy, lang: Lang): string {
  const groups: { from: number; to: number; hours: string }[] = [];
  DAYS.forEach((d, i) => {
    const hours = policy.calendar.hours[d].map(([a, b]) => `${a}–${b}`).join(', ');
    if (!hours) return;
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && last.to === i - 1) last.to = i;
    else groups.push({ from: i, to: i, hours });
  });
  const names = DAY_NAMES[lang];
  return groups.map((g) => `${names[g.from]}${g.to > g.from ? `–${names[g.to]}` : ''} ${g.hours}`).join('; ');
}

/** « heure de l’Est, Québec » / "Eastern Time, Ontario": where the hours are read, in words rather than IANA ids. */
export function whereHours(policy: Policy, lang: Lang): string {
  const zone = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { timeZone: policy.calendar.timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${zone ?? policy.calendar.timeZone}, ${PROVINCE_INFO[policy.calendar.province][lang]}`;
}

function summary(p: Policy) {
  return {
    id: p.id,
    name: p.name,
    language: p.language,
    languageRule: p.languageRule ?? null,
    hours: { fr: officeHours(p, 'fr'), en: officeHours(p, 'en'), timeZone: p.calendar.timeZone, province: p.calendar.province },
    hoursNote: p.hoursNote ?? null,
    replyTarget: { comment: p.sla.targets.comment.businessDays, message: p.sla.targets.message.businessDays },
    rules: p.rules.length,
  };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; lang?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, lang: { type: 'string' } }, strict: true }));
  } catch (err) {
    io.err(`vigie policies: ${(err as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    io.err(`vigie policies: unknown language '${values.lang}' (fr or en)\n`);
    return 2;
  }
  let policies: Map<string, Policy>;
  try {
    policies = await loadPolicies(policyDirs(io.env), {
      warn: (w) => io.err(`vigie policies: warning: ${w.message}\n`),
      lazy: true,
    });
  } catch (err) {
    if (err instanceof PolicyLoadError) {
      io.err(`vigie policies: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (values.json) {
    io.out(`${JSON.stringify([...policies.values()].map(summary))}\n`);
    return 0;
  }
  const lang = (values.lang ?? readerLang(io.env) ?? 'fr') as Lang;
  const L =
    lang === 'fr'
      ? {
          lang: 'Langue',
          hours: 'Heures',
          reply: 'Délai de réponse',
          closed: 'Fermé aussi',
          days: (n: number) => `${n} jour${n > 1 ? 's' : ''} ouvrable${n > 1 ? 's' : ''}`,
          c: 'commentaires',
          m: 'messages',
          rules: 'règles',
        }
      : {
          lang: 'Language',
          hours: 'Hours',
          reply: 'Reply within',
          closed: 'Also closed',
          days: (n: number) => `${n} business day${n > 1 ? 's' : ''}`,
          c: 'comments',
          m: 'messages',
          rules: 'rules',
        };
  for (const p of policies.values()) {
    const s = summary(p);
    const closings = p.calendar.closures.map((c) =>
      typeof c === 'string' ? c : 'on' in c ? `${c.on}${c.name ? ` (${c.name})` : ''}` : `${c.from}–${c.to}${c.name ? ` (${c.name})` : ''}`,
    );
    io.out(`${p.id} — ${p.name[lang]} (${s.rules} ${L.rules})\n`);
    io.out(`  ${labelled(L.lang, p.languageRule?.description[lang] ?? '—', lang)}\n`);
    io.out(`  ${labelled(L.hours, `${s.hours[lang]} (${whereHours(p, lang)})`, lang)}${p.hoursNote ? ` — ${p.hoursNote[lang]}` : ''}\n`);
    io.out(`  ${labelled(L.reply, `${L.c} ${L.days(s.replyTarget.comment)}, ${L.m} ${L.days(s.replyTarget.message)}`, lang)}\n`);
    if (closings.length) io.out(`  ${labelled(L.closed, closings.join(', '), lang)}\n`);
  }
  return 0;
}
