import type { Item } from '../Item.js';

/** How one rule fared on one page: its findings staff followed, and those they overruled. */
export interface RuleFigures {
  rule: string;
  policyId: string;
  pageId: string;
  pageName?: string;
  /** Hidden, deleted, or (a rule that prescribes a reply) answered. */
  followed: number;
  /** Approved as they were (unhidden, or approved without the reply the rule called for). */
  overruled: number;
  /** followed / (followed + overruled), 0 to 1. */
  precision: number;
}

/** Comments Vigie said were fine that staff hid or deleted anyway, on one page, by the category staff named. */
export interface MissedFigures {
  policyId: string;
  pageId: string;
  pageName?: string;
  total: number;
  /** Per category the person named; `none` when they named none. */
  byCategory: Record<string, number>;
}

export interface RulesReport {
  /** ISO 8601: the window [since, until) the decisions were taken in. */
  since: string;
  until: string;
  /** Items decided in the window, whatever the decision. */
  decided: number;
  /** Worst precision first, then most overruled. */
  rules: RuleFigures[];
  missed: MissedFigures[];
}

/** The default window, in days (issue 21: "over a window, default 30 days"). */
export const DEFAULT_WINDOW_DAYS = 30;

const FOLLOWED_BY = new Set(['hide', 'delete']);
const OVERRULED_BY = new Set(['approve', 'unhide']);

/**
 * Per-rule precision from the decisions staff took between `since` and `until`: each finding of a decided comment
 * counts once per rule for its page. A hide or a delete follows every rule that found something; an approval
 * overrules them — except a rule that prescribes a reply (a complaint, an emergency), which the comment being
 * answered follows and only an approval left unanswered overrules. A dismissal says nothing about the rules. A
 * comment Vigie passed (no finding but notes) that staff hid or deleted anyway is a miss, counted per page and
 * by the category the person named. Pure: the items and the window are parameters.
 */
export function ruleFigures(items: Iterable<Item>, window: { since: Date; until: Date; policyId?: string }): RulesReport {
  const from = window.since.getTime();
  const to = window.until.getTime();
  const rules = new Map<string, RuleFigures>();
  const missed = new Map<string, MissedFigures>();
  let decided = 0;
  for (const item of items) {
    if (!item.decision || !item.decidedAt || !item.check) continue;
    if (window.policyId && item.policyId !== window.policyId) continue;
    const at = Date.parse(item.decidedAt);
    if (!(at >= from && at < to)) continue;
    decided++;
    const page = { policyId: item.policyId, pageId: item.pageId, ...(item.pageName ? { pageName: item.pageName } : {}) };
    const findings = item.check.findings.filter((f) => f.action !== 'note');
    if (findings.length === 0) {
      if (!FOLLOWED_BY.has(item.decision)) continue;
      const key = `${item.policyId}\n${item.pageId}`;
      const m = missed.get(key) ?? missed.set(key, { ...page, total: 0, byCategory: {} }).get(key)!;
      m.total++;
      const c = item.staffCategory ?? 'none';
      m.byCategory[c] = (m.byCategory[c] ?? 0) + 1;
      continue;
    }
    const answered = item.decision === 'reply' || item.answeredAt !== undefined;
    const seen = new Set<string>();
    for (const f of findings) {
      if (seen.has(f.rule)) continue;
      seen.add(f.rule);
      let verdict: 'followed' | 'overruled' | undefined;
      if (FOLLOWED_BY.has(item.decision)) verdict = 'followed';
      else if (f.reply) verdict = answered ? 'followed' : OVERRULED_BY.has(item.decision) ? 'overruled' : undefined;
      else if (OVERRULED_BY.has(item.decision)) verdict = 'overruled';
      if (!verdict) continue;
      const key = `${f.rule}\n${item.pageId}`;
      const r = rules.get(key) ?? rules.set(key, { rule: f.rule, ...page, followed: 0, overruled: 0, precision: 0 }).get(key)!;
      r[verdict]++;
    }
  }
  for (const r of rules.values()) r.precision = r.followed / (r.followed + r.overruled);
  return {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    decided,
    rules: [...rules.values()].sort(
      (a, b) => a.precision - b.precision || b.overruled - a.overruled || a.rule.localeCompare(b.rule) || a.pageId.localeCompare(b.pageId),
    ),
    missed: [...missed.values()].sort((a, b) => b.total - a.total || a.pageId.localeCompare(b.pageId)),
  };
}
