import { check } from '../policy/check.js';
import type { Policy } from '../policy/schema.js';
import type { Category } from '../policy/types.js';
import { openItem } from '../sla/lifecycle.js';
import type { AuthorHistory } from '../store/Store.js';
import type { Context } from './Context.js';
import type { AlertRef, Item } from './Item.js';
import { isQuestion } from './isQuestion.js';
import { fingerprint } from '../policy/fingerprint.js';
import { withLease } from '../store/withLease.js';
import { alertView } from './alertView.js';
import { pageExceptions } from './exceptions/pageExceptions.js';

/** Findings that call for an answer from the team (issue #3), besides questions. */
const ANSWER_CATEGORIES: Category[] = ['complaint', 'emergency', 'media'];
/** How many of an author's recent comments are kept for the repetition rule. */
const RECENT_KEPT = 50;
/** How long a killed replica can keep a comment from being processed again. */
const PROCESS_LEASE_MS = 30_000;

export function policyOf(ctx: Context, item: Item): Policy {
  const policy = ctx.policies.get(item.policyId) ?? ctx.policies.get(ctx.defaultPolicyId);
  if (!policy) throw new Error(`no policy '${item.policyId}' nor default '${ctx.defaultPolicyId}' is loaded`);
  return policy;
}

/**
 * Checks a stored comment, records it in its author's history, opens its reply deadline when it calls for an
 * answer, and alerts every chat surface when a person has something to do. Idempotent and resumable: only a
 * `received` item is worked on; a surface that already has an alert for this version of the text is not alerted
 * again, so a retry after a crash or a failing surface only does what is missing (at-least-once).
 * Throws when a surface fails; the item then stays `received` for the next attempt.
 */
export async function processItem(ctx: Context, itemId: string): Promise<Item> {
  const stored = await ctx.store.getItem(itemId);
  if (!stored) throw new Error(`unknown item '${itemId}'`);
  if (stored.status !== 'received') return stored;
  // Two deliveries of the same comment may be processed at once (replicas, redelivery): one does the work.
  // The claim is a short lease renewed while the work runs: a replica killed mid-work frees the comment for
  // recovery within PROCESS_LEASE_MS, instead of hiding it behind a claim sized for the slowest run.
  const key = `process:${stored.id}:${stored.updatedAt}`;
  const outcome = await withLease(
    ctx.store,
    key,
    PROCESS_LEASE_MS,
    () => work(ctx, stored),
    (reason) => ctx.log.warn('processing lease lost', { itemId: stored.id, reason }),
  );
  if (!outcome.ran) return stored;
  const item = outcome.result;
  if (item.check) {
    const categories = [...new Set(item.check.findings.map((f) => f.category))];
    // One line per comment, so a headless server shows what it receives. Ids and facts only: the text and the
    // author's name stay in the store and the audit log.
    ctx.log.info('comment received', {
      event: 'comment.received',
      itemId: item.id,
      // The number staff see on the alert and type in /masquer N (only flagged items have one).
      ...(item.number !== undefined ? { number: item.number } : {}),
      source: item.source,
      policy: item.policyId,
      verdict: item.check.verdict,
      categories,
      status: item.status,
      ...(item.deadline ? { deadline: item.deadline } : {}),
    });
  }
  return item;
}

async function work(ctx: Context, stored: Item): Promise<Item> {
  const policy = policyOf(ctx, stored);
  const history = await ctx.store.getAuthorHistory(stored.pageId, stored.author.id);
  // Without this item: re-checking an edit must not find the comment repeating itself.
  const prior: AuthorHistory = {
    recent: history.recent.filter((r) => r.itemId !== stored.id),
    violations: history.violations.filter((v) => v.itemId !== stored.id),
  };
  // The page's standing exceptions: what its moderators said not to flag here again.
  const exceptions = await pageExceptions(ctx.store, stored.pageId);
  const result = check(policy, stored.text, { kind: 'comment', context: { authorHistory: prior }, exceptions, authorId: stored.author.id });
  const categories = [...new Set(result.findings.map((f) => f.category))];
  // Counted when checked, so a comment whose alert then fails is seen too (a retry counts it again).
  ctx.metrics?.checked(stored.source, result.verdict, categories);
  const violated = result.verdict === 'hide';
  const violations = violated ? [...prior.violations, { itemId: stored.id, at: stored.receivedAt, categories }] : prior.violations;
  await ctx.store.putAuthorHistory(stored.pageId, stored.author.id, {
    recent: [...prior.recent, { fingerprint: fingerprint(stored.text), at: stored.receivedAt, itemId: stored.id }].slice(-RECENT_KEPT),
    violations,
  });

  const threshold = policy.repeatOffender?.threshold;
  // A private message is written to the team: it always awaits an answer, within the policy's message delay.
  const needsReply = stored.kind === 'message' || categories.some((c) => ANSWER_CATEGORIES.includes(c)) || isQuestion(stored.text);
  let item: Item = {
    ...stored,
    check: result,
    verdict: result.verdict,
    needsReply,
    authorViolations: violations.length,
  };
  delete item.suggestBlock;
  // As the repetition rule reads it: `threshold` earlier violations, and this comment breaks the rules again
  // (Senneterre: "pas à sa première récidive" — a first offence, a first repeat, then this one).
  if (violated && threshold !== undefined && prior.violations.length >= threshold) {
    item.suggestBlock = { violations: violations.length, threshold };
  }
  // Only the deadline is taken here: the item stays `received` until every surface has its alert.
  if (needsReply && !item.answeredAt && !item.deadline) item = { ...openItem(item, policy), status: item.status };

  // A newer event (an edit, a removal, a staff reply) may land while this one is checked and alerted: the store
  // has no compare-and-set, so each write first looks whether the item moved on, and then leaves it to the newer
  // event, keeping only the alerts already posted.
  const version = stored.updatedAt;
  let posted: AlertRef[] = [];
  const save = async (next: Item): Promise<Item | undefined> => {
    const current = await ctx.store.getItem(next.id);
    if (current && current.status === 'received' && current.updatedAt === version) {
      await ctx.store.putItem(next);
      return undefined;
    }
    ctx.log.info('comment changed while being processed; the newer event wins', { itemId: next.id });
    if (!current) return next;
    const merged = posted.length ? { ...current, alerts: [...(current.alerts ?? []), ...posted] } : current;
    if (posted.length) await ctx.store.putItem(merged);
    return merged;
  };

  const flagged = result.verdict !== 'ok' || needsReply || item.suggestBlock !== undefined;
  if (!flagged) {
    // Nothing for a person to do: the comment stands.
    item = { ...item, status: 'approved' };
    const moved = await save(item);
    if (moved) return moved;
    await audit(ctx, item, 'checked', []);
    return item;
  }

  // Its number, before any surface shows it: every surface then shows the same one, and it stays with the item
  // through restarts and replicas (an edit re-alerted keeps it).
  if (item.number === undefined) item = { ...item, number: await ctx.store.itemNumber(item.id) };
  const movedBefore = await save(item);
  if (movedBefore) return movedBefore;
  const alerted = new Set((item.alerts ?? []).filter((a) => a.version === version).map((a) => a.surface));
  const failures: string[] = [];
  for (const surface of ctx.surfaces) {
    if (alerted.has(surface.name)) continue;
    try {
      const ref = await surface.notify(alertView(item, policy.language));
      if (ref) {
        const alert: AlertRef = { ...ref, version };
        posted = [...posted, alert];
        item = { ...item, alerts: [...(item.alerts ?? []), alert] };
        // Saved at once: a crash after this point must not alert this surface twice.
        const moved = await save(item);
        if (moved) return moved;
      }
    } catch (err) {
      ctx.metrics?.deliveryFailed(surface.name, 'alert');
      failures.push(`${surface.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failures.length > 0) {
    await audit(ctx, item, 'notify-failed', failures);
    throw new Error(`alerting failed (${failures.join('; ')})`);
  }
  item = { ...item, status: 'open' };
  const moved = await save(item);
  if (moved) return moved;
  await audit(ctx, item, 'checked', []);
  return item;
}

async function audit(ctx: Context, item: Item, decision: string, problems: string[]): Promise<void> {
  const findings = item.check?.findings ?? [];
  const facts = [
    `verdict=${item.verdict ?? 'ok'}`,
    item.needsReply ? `reply by ${item.deadline ?? '?'}` : undefined,
    item.suggestBlock ? `repeat offender (${item.suggestBlock.violations}/${item.suggestBlock.threshold})` : undefined,
    item.alerts?.length ? `alerts: ${[...new Set(item.alerts.map((a) => a.surface))].join(', ')}` : undefined,
    ...problems,
  ].filter(Boolean);
  await ctx.store.appendAudit({
    at: ctx.now().toISOString(),
    itemId: item.id,
    policyId: item.policyId,
    decision,
    actor: 'vigie',
    rules: [...new Set(findings.map((f) => f.rule))],
    clauses: [...new Set(findings.map((f) => f.clause))],
    text: item.text,
    result: problems.length ? 'error' : 'ok',
    detail: facts.join('; '),
  });
}
