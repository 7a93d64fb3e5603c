import type { CheckResult, Kind, Lang } from '../../../src/policy/types.js';
import { texts } from '../texts.js';
import { adaptiveCard, findingBlocks, plain, text, type AdaptiveCard } from './adaptiveCard.js';

export interface CheckCardOptions {
  lang: Lang;
  kind: Kind;
  policyName: string;
}

/** The answer to `checkpost` and to « Vérifier ce message »: verdict, findings with their clauses, prescribed replies. */
export function checkCard(result: CheckResult, checked: string, opts: CheckCardOptions): AdaptiveCard {
  const t = texts(opts.lang);
  const color = result.verdict === 'ok' ? 'Good' : result.verdict === 'hide' ? 'Attention' : 'Warning';
  const replies = result.findings.flatMap((f) => (f.reply ? [f.reply[opts.lang]] : []));
  return adaptiveCard([
    text(`${t.checkTitle} (${t.kind[opts.kind]}) — ${t.verdict[result.verdict]}`, { weight: 'Bolder', size: 'Medium', color }),
    text(`${t.policy} : ${opts.policyName}`, { isSubtle: true, spacing: 'None' }),
    { type: 'Container', style: 'emphasis', items: [text(`« ${plain(checked)} »`)] },
    ...(result.findings.length ? findingBlocks(result.findings, opts.lang) : [text(t.noFinding)]),
    ...[...new Set(replies)].map((r) => text(`${t.replyLabel} : « ${r} »`, { isSubtle: true })),
  ]);
}
