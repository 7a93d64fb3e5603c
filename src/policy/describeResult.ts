import type { CheckResult, Kind, Lang } from './types.js';
import { CATEGORY_LABELS } from './categoryLabels.js';
import { say } from '../messages/Message.js';
import { labelled, quoted } from '../messages/typography.js';

/** The verdict in the catalogue's words: a comment is to review or to hide, a staff draft to revise or hold back. */
export function verdictLabel(verdict: CheckResult['verdict'], lang: Lang, kind: Kind = 'comment'): string {
  return say(lang, kind === 'post' ? `verdict.post-${verdict}` : `verdict.${verdict}`);
}

/**
 * Plain text for the CLI and the console: the verdict, then per finding its category and message (which quotes the
 * words found and says what to do), the clause it enforces and the prescribed reply when there is one. The words
 * are the catalogue's, the same Slack and Teams show.
 */
export function describeResult(result: CheckResult, lang: Lang, kind: Kind = 'comment'): string {
  const n = result.findings.length;
  const lines = [`${verdictLabel(result.verdict, lang, kind)} — ${n ? say(lang, 'check.findings', { n }) : say(lang, 'check.nothing')}`];
  for (const f of result.findings) {
    // A note is advice (what the policy encourages): it is shown, and said to be advice, but never blocks.
    const advice = f.action === 'note' ? ` (${say(lang, 'check.advice')})` : '';
    lines.push(`- [${CATEGORY_LABELS[f.category][lang]}${advice}] ${f.message[lang]} (${f.rule})`);
    lines.push(`  ${labelled(say(lang, 'alert.clause'), quoted(f.clause, lang), lang)}`);
    if (f.reply) lines.push(`  ${labelled(say(lang, 'alert.prescribed-reply'), f.reply[lang], lang)}`);
  }
  return lines.join('\n');
}
