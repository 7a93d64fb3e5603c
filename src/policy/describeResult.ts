import type { CheckResult, Lang } from './types.js';
import { CATEGORY_LABELS, VERDICT_LABELS } from './categoryLabels.js';

const WORDS = {
  fr: { findings: (n: number) => `${n} constat${n > 1 ? 's' : ''}`, note: 'conseil', clause: 'Clause', reply: 'Réponse prévue', none: 'Rien à signaler.' },
  en: { findings: (n: number) => `${n} finding${n > 1 ? 's' : ''}`, note: 'advice', clause: 'Clause', reply: 'Prescribed reply', none: 'Nothing to report.' },
};

/**
 * Plain text for the CLI and the console: the verdict, then per finding its category and message (which quotes the
 * words found and says what to do), the clause it enforces and the prescribed reply when there is one.
 */
export function describeResult(result: CheckResult, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [
    `${VERDICT_LABELS[result.verdict][lang]} — ${result.findings.length ? w.findings(result.findings.length) : w.none}`,
  ];
  for (const f of result.findings) {
    // A note is advice (what the policy encourages): it is shown, and said to be advice, but never blocks.
    const advice = f.action === 'note' ? ` (${w.note})` : '';
    lines.push(`- [${CATEGORY_LABELS[f.category][lang]}${advice}] ${f.message[lang]} (${f.rule})`);
    lines.push(`  ${w.clause} : « ${f.clause} »`.replace(' : ', lang === 'fr' ? ' : ' : ': '));
    if (f.reply) lines.push(`  ${w.reply}${lang === 'fr' ? ' : ' : ': '}${f.reply[lang]}`);
  }
  return lines.join('\n');
}
