import type { CheckResult, Kind, Lang } from '../../../src/policy/types.js';
import { texts } from '../texts.js';
import { adaptiveCard, findingBlocks, plain, text, type AdaptiveCard } from './adaptiveCard.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

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
    text(labelled(t.policy, opts.policyName, opts.lang), { isSubtle: true, spacing: 'None' }),
    { type: 'Container', style: 'emphasis', items: [text(quoted(plain(checked), opts.lang))] },
    ...(result.findings.length ? findingBlocks(result.findings, opts.lang) : [text(t.noFinding)]),
    ...[...new Set(replies)].map((r) => text(labelled(t.replyLabel, quoted(r, opts.lang), opts.lang), { isSubtle: true })),
  ]);
}
