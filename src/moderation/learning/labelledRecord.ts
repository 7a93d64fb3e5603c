import { maskPersonalInfo } from '../../policy/maskPersonalInfo.js';
import type { Policy } from '../../policy/schema.js';
import type { Category, Finding, Verdict } from '../../policy/types.js';
import type { Decision, Item } from '../Item.js';

/** Why a row carries no text. */
export type Omitted = 'policy-keeps-no-text' | 'private-message';

/**
 * One decided comment, in the format `vigie blind` reads (id, policy, kind, text, expect, action, categories,
 * clause, why), the label taken from staff's decision, plus what Vigie said and who decided.
 */
export interface LabelledRow {
  id: string;
  policy: string;
  kind: 'comment';
  text?: string;
  /** Set instead of `text` when the text may not be kept. */
  omitted?: Omitted;
  /** How many pieces of personal information were masked in `text`. */
  masked?: number;
  expect: 'flag' | 'ok';
  action: 'hide' | 'review' | null;
  categories: Category[];
  clause?: string;
  why: string;
  page: string;
  verdict: Verdict;
  findings: { rule: string; category: Category; action: Finding['action']; match?: string }[];
  decision: Decision;
  decidedAt: string;
  decidedBy: string;
}

/** The label staff's decision gives, or undefined when it says nothing of the comment (dismissed, replied to without a rule asking it). */
function labelOf(item: Item, findings: Finding[]): Pick<LabelledRow, 'expect' | 'action' | 'categories' | 'clause'> | undefined {
  const cats = (fs: Finding[]) => [...new Set(fs.map((f) => f.category))];
  const replyRules = findings.filter((f) => f.reply);
  const answered = item.decision === 'reply' || item.answeredAt !== undefined;
  switch (item.decision) {
    case 'hide':
    case 'delete':
      return {
        expect: 'flag',
        action: 'hide',
        categories: item.staffCategory ? [item.staffCategory] : cats(findings),
        ...(findings[0] ? { clause: findings[0].clause } : {}),
      };
    case 'approve':
    case 'unhide':
    case 'reply':
      if (replyRules.length > 0 && answered) return { expect: 'flag', action: 'review', categories: cats(replyRules), clause: replyRules[0]!.clause };
      return item.decision === 'reply' ? undefined : { expect: 'ok', action: null, categories: [] };
    default:
      return undefined;
  }
}

/**
 * The team's own labelled record (issue 21 item 3): each comment decided between `since` and `until`, its text only
 * where its policy keeps texts (`record.keepText`) and never a private message's, personal information masked
 * unless `unmasked`, Vigie's verdict and findings, and the label staff's decision gives. Pure.
 */
export function labelledRecord(
  items: Iterable<Item>,
  policies: ReadonlyMap<string, Policy>,
  opts: { since: Date; until: Date; policyId?: string; unmasked?: boolean },
): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const item of items) {
    if (!item.decision || !item.decidedAt || !item.check) continue;
    if (opts.policyId && item.policyId !== opts.policyId) continue;
    const at = Date.parse(item.decidedAt);
    if (!(at >= opts.since.getTime() && at < opts.until.getTime())) continue;
    const findings = item.check.findings.filter((f) => f.action !== 'note');
    const label = labelOf(item, findings);
    if (!label) continue;
    const policy = policies.get(item.policyId);
    const omitted: Omitted | undefined = item.kind === 'message' ? 'private-message' : policy?.record?.keepText ? undefined : 'policy-keeps-no-text';
    let text: string | undefined;
    let maskedSpans: [number, number][] = [];
    if (!omitted) {
      if (opts.unmasked) text = item.text;
      else ({ text, spans: maskedSpans } = maskPersonalInfo(item.text, policy?.language ?? 'fr'));
    }
    // A finding's quote is part of the text: it goes where the text goes, and not when it holds what was masked.
    const quote = (f: Finding) => (text !== undefined && !maskedSpans.some(([s, e]) => f.span[0] < e && s < f.span[1]) ? { match: f.match } : {});
    rows.push({
      id: item.id,
      policy: item.policyId,
      kind: 'comment',
      ...(text !== undefined ? { text } : {}),
      ...(omitted ? { omitted } : {}),
      ...(maskedSpans.length ? { masked: maskedSpans.length } : {}),
      ...label,
      why: `${item.decision} by ${item.decidedBy ?? '?'} at ${item.decidedAt}`,
      page: item.pageId,
      verdict: item.check.verdict,
      findings: findings.map((f) => ({ rule: f.rule, category: f.category, action: f.action, ...quote(f) })),
      decision: item.decision,
      decidedAt: item.decidedAt,
      decidedBy: item.decidedBy ?? '',
    });
  }
  return rows.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id));
}
