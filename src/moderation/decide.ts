import { markAnswered } from '../sla/lifecycle.js';
import type { Actor, DecisionOutcome } from './ChatSurface.js';
import type { Context } from './Context.js';
import { DECISIONS, type Decision, type Item, type ItemStatus } from './Item.js';
import { PLATFORM_DECISIONS as METHOD_OF, PlatformError } from './PlatformActions.js';
import { policyOf } from './processItem.js';
import { prescribedReply } from './prescribedReply.js';
import { VIGIE_REPLIES, type VigieReply } from './recordStaffReply.js';
import { updateAlerts } from './updateAlerts.js';
import { mayDecide } from './mayDecide.js';
import { message, render, type Message } from '../messages/Message.js';
import type { Claim } from '../store/Store.js';
import type { Category } from '../policy/types.js';

export interface DecisionRequest {
  itemId: string;
  decision: Decision;
  actor: Actor;
  /** The reply to post; without it, the reply the policy prescribes for the comment's finding. */
  replyText?: string;
  /** For a hide or a delete: the category the person names, kept for the rule figures (what Vigie missed). */
  category?: Category;
}

/** The surface name of Vigie's own automatic actions: its replies do not stop the reply clock (issue #3). */
export const AUTOMATIC_SURFACE = 'vigie';

const PLATFORM_DECISIONS = Object.keys(METHOD_OF) as Decision[];

const VERBS: Record<Decision, string> = {
  approve: 'approve',
  hide: 'hide',
  unhide: 'unhide',
  reply: 'reply to',
  delete: 'delete',
  dismiss: 'dismiss',
  block: 'block the author of',
};

/**
 * A person's decision on an item, from any surface: checks the person may decide, does it once (double clicks
 * and retries are answered as duplicates), carries it out on the page, records it in the audit log and updates
 * the alert on every surface. A refusal or a platform error comes back as `ok: false` with a reason the person
 * can act on, and the item stays as it was.
 */
export async function decide(ctx: Context, req: DecisionRequest): Promise<DecisionOutcome> {
  const at = ctx.now().toISOString();
  const refuse = (item: Item, error: Message): DecisionOutcome => ({ item, decision: req.decision, by: req.actor, at, ok: false, error });

  const item = await ctx.store.getItem(req.itemId);
  if (!item) return refuse(unknownItem(req.itemId, at), message('decision.unknown-item', { id: req.itemId }));
  if (!DECISIONS.includes(req.decision)) {
    return refuse(item, message('decision.unknown-decision', { decision: String(req.decision), known: DECISIONS.join(', ') }));
  }
  if (!(await mayDecide(ctx, req.actor, item.id, req.decision, item))) {
    return refuse(item, message('decision.not-moderator'));
  }
  if (item.decision === req.decision) {
    return { item, decision: req.decision, by: req.actor, at, ok: true, duplicate: true };
  }
  if (item.status === 'deleted') {
    return refuse(item, message('decision.already-deleted'));
  }
  if (req.decision === 'unhide' && item.status !== 'hidden') {
    return refuse(item, message('decision.not-hidden'));
  }

  const policy = policyOf(ctx, item);
  let replyText: string | undefined;
  if (req.decision === 'reply') {
    replyText = req.replyText?.trim() || prescribedReply(item, policy.language)?.text;
    if (!replyText) {
      return refuse(item, message('decision.no-reply-template'));
    }
  }

  // Two claims. The first, per decision and naming the state it starts from (so hide → unhide → hide again is three
  // decisions, and an edit, a new updatedAt, makes the comment a new question), turns a double click or a surface's
  // retry into a duplicate. The second, per item whatever the decision, lets one decision at a time reach the page:
  // Approve and Delete pressed together on two replicas would otherwise both run, and the item would end `approved`
  // while the comment is gone. It is held until the item is stored, and the item is read again under it, so a
  // click read from an older state never runs after another decision has changed the page.
  const claimKey = `decide:${item.id}:${req.decision}:from:${item.decision ?? '-'}@${item.decidedAt ?? '-'}:${item.updatedAt}`;
  const itemKey = `decide:${item.id}:one-at-a-time`;
  const once = await ctx.store.claim(claimKey, 10 * 60_000);
  if (!once) {
    return { item, decision: req.decision, by: req.actor, at, ok: true, duplicate: true };
  }
  const busy = (now: Item) => refuse(now, message('decision.busy'));
  const lock = await ctx.store.claim(itemKey, 10 * 60_000);
  if (!lock) {
    await ctx.store.release(once);
    return busy(item);
  }
  try {
    const fresh = await ctx.store.getItem(item.id);
    if (!fresh || fresh.decision !== item.decision || fresh.decidedAt !== item.decidedAt || fresh.updatedAt !== item.updatedAt) {
      await ctx.store.release(once);
      if (fresh?.decision === req.decision) return { item: fresh, decision: req.decision, by: req.actor, at, ok: true, duplicate: true };
      return busy(fresh ?? item);
    }
    return await carryOut(ctx, req, item, at, once, replyText, refuse);
  } finally {
    // Only this lock: if it ran out during a very slow decision and another took the item, theirs stays.
    await ctx.store.release(lock).catch((err: unknown) => ctx.log.warn('releasing a decision lock failed', { itemId: item.id, error: String(err) }));
  }
}

/** The decision, once it holds the item: on the page, then in the store, the audit log and every alert. */
async function carryOut(
  ctx: Context,
  req: DecisionRequest,
  item: Item,
  at: string,
  once: Claim,
  replyText: string | undefined,
  refuse: (item: Item, error: Message) => DecisionOutcome,
): Promise<DecisionOutcome> {
  const actor = `${req.actor.surface}:${req.actor.id}`;
  let replyId: string | undefined;
  // Approving a comment that is hidden on the page means letting it be seen again.
  const action: Decision = req.decision === 'approve' && item.status === 'hidden' ? 'unhide' : req.decision;
  const dryRun = ctx.dryRun && PLATFORM_DECISIONS.includes(action);
  if (PLATFORM_DECISIONS.includes(action)) {
    if (dryRun) {
      ctx.log.info(`dry run: would ${VERBS[action]} the comment`, { itemId: item.id, actor, replyText });
    } else {
      const platform = ctx.platformFor(item);
      try {
        if (!platform) {
          throw new PlatformError(
            `no platform configured for ${item.source}`,
            'not_configured',
            undefined,
            undefined,
            item.source === 'facebook' ? message('platform.no_facebook_token') : message('platform.not_configured', { source: item.source }),
          );
        }
        const verb = METHOD_OF[action as keyof typeof METHOD_OF];
        if (!platform[verb]) {
          // The source exists but cannot do this on its platform (no ban on Facebook, no hide on a private message).
          throw new PlatformError(
            `${item.source} does not support ${verb}`,
            'unsupported',
            undefined,
            undefined,
            message('platform.unsupported', { source: item.source, action: verb }),
          );
        }
        if (verb === 'reply') replyId = await platform.reply!(item, replyText!);
        else await platform[verb]!(item);
      } catch (err) {
        // Nothing was done: let the next click try again, and keep the item open.
        await ctx.store.release(once);
        const problem =
          err instanceof PlatformError ? err.said : message('decision.unexpected', { detail: err instanceof Error ? err.message : String(err) });
        const reason = render(problem, policyOf(ctx, item).language);
        await ctx.store.appendAudit({
          ...auditFacts(item, req, at, actor),
          result: 'error',
          detail: err instanceof PlatformError ? `${err.code}: ${reason}` : reason,
        });
        ctx.metrics?.decided(req.decision, 'error');
        // A platform refusal is explained to the person on their surface: an info line for the operator's record,
        // not a warning printed again on the console under the explanation (issue 16 item 8). A fault is a warning.
        if (err instanceof PlatformError)
          ctx.log.info('decision failed on the platform', { itemId: item.id, decision: req.decision, code: err.code, error: err.message });
        else ctx.log.warn('decision failed', { itemId: item.id, decision: req.decision, error: reason });
        return refuse(item, problem);
      }
    }
  }

  let next: Item = { ...item, decision: req.decision, decidedAt: at, decidedBy: actor, status: statusAfter(item, req.decision) };
  if (req.category && (req.decision === 'hide' || req.decision === 'delete')) next = { ...next, staffCategory: req.category };
  if (req.decision === 'reply') {
    const automatic = req.actor.surface === AUTOMATIC_SURFACE;
    if (replyId) {
      // The platform echoes the reply through the webhook: it must not count twice, nor an automatic one at all.
      await ctx.store.setValue<VigieReply>(VIGIE_REPLIES, `${item.source}:${replyId}`, { itemId: item.id, automatic }, 90 * 24 * 3_600_000);
    }
    if (!automatic && !item.answeredAt) {
      next = {
        ...markAnswered(next, { at: new Date(at), by: req.actor.name ?? actor, automatic }),
        decision: 'reply',
        decidedAt: at,
        decidedBy: actor,
      };
    }
  }
  await ctx.store.putItem(next);
  if (req.decision === 'hide' || req.decision === 'delete' || req.decision === 'block') await recordViolation(ctx, next, at);
  await ctx.store.appendAudit({
    ...auditFacts(item, req, at, actor),
    result: dryRun ? 'dry-run' : 'ok',
    ...(replyText
      ? { detail: `reply${replyId ? ` ${replyId}` : ''}: ${replyText}` }
      : next.staffCategory && req.category
        ? { detail: `category: ${req.category}` }
        : {}),
  });
  ctx.metrics?.decided(req.decision, dryRun ? 'dry-run' : 'ok');

  const outcome: DecisionOutcome = {
    item: next,
    decision: req.decision,
    by: req.actor,
    at,
    ok: true,
    ...(dryRun ? { dryRun: true } : {}),
    ...(replyText ? { replyText } : {}),
  };
  await updateAlerts(ctx, next, outcome);
  return outcome;
}

/** The item's status once the decision is carried out. The reply clock keeps running on an approved question. */
function statusAfter(item: Item, decision: Decision): ItemStatus {
  const awaiting = item.needsReply && !item.answeredAt;
  switch (decision) {
    case 'hide':
    case 'block':
      return 'hidden';
    case 'delete':
      return 'deleted';
    case 'dismiss':
      return 'dismissed';
    case 'approve':
    case 'unhide':
      return awaiting ? 'open' : 'approved';
    case 'reply':
      // Answering under a hidden comment does not make it visible.
      return item.status === 'hidden' ? 'hidden' : 'answered';
  }
}

function auditFacts(item: Item, req: DecisionRequest, at: string, actor: string) {
  const findings = item.check?.findings ?? [];
  return {
    at,
    itemId: item.id,
    policyId: item.policyId,
    decision: req.decision,
    actor,
    ...(req.actor.name ? { actorName: req.actor.name } : {}),
    rules: [...new Set(findings.map((f) => f.rule))],
    clauses: [...new Set(findings.map((f) => f.clause))],
    text: item.text,
  };
}

/** Staff hiding or deleting a comment counts against its author, for the repeat-offender threshold. */
async function recordViolation(ctx: Context, item: Item, at: string): Promise<void> {
  const history = await ctx.store.getAuthorHistory(item.pageId, item.author.id);
  if (history.violations.some((v) => v.itemId === item.id)) return;
  const categories = [...new Set((item.check?.findings ?? []).map((f) => f.category))];
  await ctx.store.putAuthorHistory(item.pageId, item.author.id, {
    ...history,
    violations: [...history.violations, { itemId: item.id, at, categories }],
  });
}

function unknownItem(id: string, at: string): Item {
  const [source = 'unknown', ...rest] = id.split(':');
  return {
    id,
    source,
    externalId: rest.join(':'),
    pageId: '',
    policyId: '',
    kind: 'comment',
    author: { id: '' },
    text: '',
    receivedAt: at,
    status: 'dismissed',
    needsReply: false,
    updatedAt: at,
  };
}
