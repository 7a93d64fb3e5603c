import type { types } from '@slack/bolt';
import type { Policy } from '../../../src/policy/schema.js';
import type { CheckResult, Kind, Lang, Verdict } from '../../../src/policy/types.js';
import { verdictLabel } from '../../../src/policy/describeResult.js';
import { say } from '../../../src/messages/Message.js';
import { labelled } from '../../../src/messages/typography.js';
import { escapeMrkdwn, quoteMarked } from '../mrkdwn.js';
import { findingBlocks } from './findingBlocks.js';
import { context, section } from './plain.js';

// Slack refuses a message of more than 50 blocks; each finding takes two, the head and foot take four.
const MAX_FINDINGS = 20;
const ICON: Record<Verdict, string> = { ok: ':white_check_mark:', review: ':large_yellow_circle:', hide: ':red_circle:' };

function summary(result: CheckResult, kind: Kind, lang: Lang): string[] {
  const n = result.findings.length;
  return [
    verdictLabel(result.verdict, lang, kind),
    say(lang, kind === 'post' ? 'check.title-post' : 'check.title-comment'),
    n ? say(lang, 'check.findings', { n }) : say(lang, 'check.nothing'),
  ];
}

/** The answer to `/checkpost` and to "Check this message": verdict, the text with the words found in bold, findings. */
export function checkBlocks(result: CheckResult, text: string, opts: { kind: Kind; policy: Policy; lang: Lang }): types.KnownBlock[] {
  const { verdict, findings } = result;
  const [label, title, count] = summary(result, opts.kind, opts.lang);
  const blocks: types.KnownBlock[] = [section(`${ICON[verdict]} *${label}* · ${title} · ${count}`), section(quoteMarked(text, findings))];
  for (const f of findings.slice(0, MAX_FINDINGS)) blocks.push(...findingBlocks(f, opts.lang));
  if (findings.length > MAX_FINDINGS) blocks.push(context(say(opts.lang, 'alert.more-findings', { n: findings.length - MAX_FINDINGS })));
  blocks.push(context(`${labelled(say(opts.lang, 'alert.policy'), escapeMrkdwn(opts.policy.name[opts.lang]), opts.lang)} (\`${opts.policy.id}\`)`));
  return blocks;
}

/** The notification text of the same answer, for screen readers and push notifications. */
export function checkText(result: CheckResult, opts: { kind: Kind; lang: Lang }): string {
  return summary(result, opts.kind, opts.lang).join(' · ');
}
