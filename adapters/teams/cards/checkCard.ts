import type { CheckResult, Kind, Lang } from '../../../src/policy/types.js';
import { say } from '../../../src/messages/Message.js';
import { verdictLabel } from '../../../src/policy/describeResult.js';
import { adaptiveCard, findingBlocks, plain, text, type AdaptiveCard } from './adaptiveCard.js';
import { labelled, quoted } from '../../../src/messages/typography.js';

export interface CheckCardOptions {
  lang: Lang;
  kind: Kind;
  policyName: string;
}

/** The answer to `checkpost` and to « Vérifier ce message »: verdict, findings with their clauses, prescribed replies. */
export function checkCard(result: CheckResult, checked: string, opts: CheckCardOptions): AdaptiveCard {
  const color = result.verdict === 'ok' ? 'Good' : result.verdict === 'hide' ? 'Attention' : 'Warning';
  const replies = result.findings.flatMap((f) => (f.reply ? [f.reply[opts.lang]] : []));
  return adaptiveCard([
    text(
      `${say(opts.lang, opts.kind === 'post' ? 'check.title-post' : 'check.title-comment')} — ${verdictLabel(result.verdict, opts.lang, opts.kind)}`,
      {
        weight: 'Bolder',
        size: 'Medium',
        color,
      },
    ),
    text(labelled(say(opts.lang, 'alert.policy'), opts.policyName, opts.lang), { isSubtle: true, spacing: 'None' }),
    { type: 'Container', style: 'emphasis', items: [text(quoted(plain(checked), opts.lang))] },
    ...(result.findings.length ? findingBlocks(result.findings, opts.lang) : [text(say(opts.lang, 'check.nothing'))]),
    ...[...new Set(replies)].map((r) =>
      text(labelled(say(opts.lang, 'alert.prescribed-reply'), quoted(r, opts.lang), opts.lang), { isSubtle: true }),
    ),
  ]);
}
