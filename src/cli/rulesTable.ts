import { say } from '../messages/Message.js';
import { missedCategories } from '../messages/missedCategories.js';
import type { Lang } from '../policy/types.js';
import type { RulesReport } from '../moderation/learning/ruleFigures.js';
import { localDate } from './windowOf.js';

const pct = (x: number, lang: Lang) => (lang === 'fr' ? `${Math.round(x * 100)} %` : `${Math.round(x * 100)}%`);

/** Columns padded to their widest cell: a table a terminal and a README both show as is. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
      .join('  ')
      .trimEnd(),
  );
}

/** `vigie rules report` and the console's /regles: the figures of every rule and page, worst first, then the misses. */
export function rulesTable(report: RulesReport, lang: Lang): string {
  const lines = [
    say(lang, 'rules.report-title', {
      since: localDate(report.since),
      until: localDate(new Date(Date.parse(report.until) - 1)),
      decided: report.decided,
    }),
    '',
  ];
  if (report.rules.length === 0) lines.push(say(lang, 'rules.no-decision'));
  else {
    lines.push(
      ...table([
        [
          say(lang, 'rules.col-rule'),
          say(lang, 'rules.col-page'),
          say(lang, 'rules.col-followed'),
          say(lang, 'rules.col-overruled'),
          say(lang, 'rules.col-precision'),
        ],
        ...report.rules.map((r) => [r.rule, r.pageName ?? r.pageId, String(r.followed), String(r.overruled), pct(r.precision, lang)]),
      ]),
    );
  }
  if (report.missed.length > 0) {
    lines.push('', say(lang, 'rules.missed-title'));
    lines.push(
      ...table([
        [say(lang, 'rules.col-page'), say(lang, 'rules.col-missed'), say(lang, 'rules.col-categories')],
        ...report.missed.map((m) => [m.pageName ?? m.pageId, String(m.total), missedCategories(m.byCategory, lang)]),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}
