import type { types } from '@slack/bolt';
import type { Policy } from '../../../src/policy/schema.js';
import type { CheckResult, Kind, Lang } from '../../../src/policy/types.js';
import { escapeMrkdwn, quoteMarked } from '../mrkdwn.js';
import { texts } from '../texts.js';
import { findingBlocks } from './findingBlocks.js';
import { context, section } from './plain.js';

// Slack refuses a message of more than 50 blocks; each finding takes two, the head and foot take four.
const MAX_FINDINGS = 20;

/** The answer to `/checkpost` and to "Check this message": verdict, the text with the words found in bold, findings. */
export function checkBlocks(result: CheckResult, text: string, opts: { kind: Kind; policy: Policy; lang: Lang }): types.KnownBlock[] {
  const t = texts(opts.lang);
  const { verdict, findings } = result;
  const label = opts.kind === 'post' ? t.postVerdict[verdict] : t.verdict[verdict];
  const head = `${t.verdictIcon[verdict]} *${label}* · ${t.checkTitle[opts.kind]} · ${
    findings.length ? t.findingsCount(findings.length) : t.noFinding
  }`;
  const blocks: types.KnownBlock[] = [section(head), section(quoteMarked(text, findings))];
  for (const f of findings.slice(0, MAX_FINDINGS)) blocks.push(...findingBlocks(f, opts.lang));
  if (findings.length > MAX_FINDINGS) blocks.push(context(t.more(findings.length - MAX_FINDINGS)));
  blocks.push(context(`${t.policy}${t.colon}${escapeMrkdwn(opts.policy.name[opts.lang])} (\`${opts.policy.id}\`)`));
  return blocks;
}

/** The notification text of the same answer, for screen readers and push notifications. */
export function checkText(result: CheckResult, opts: { kind: Kind; lang: Lang }): string {
  const t = texts(opts.lang);
  const label = opts.kind === 'post' ? t.postVerdict[result.verdict] : t.verdict[result.verdict];
  return `${label} · ${t.checkTitle[opts.kind]} · ${
    result.findings.length ? t.findingsCount(result.findings.length) : t.noFinding
  }`;
}
