import { randomBytes } from 'node:crypto';
import type { Message } from '../../messages/Message.js';
import { message } from '../../messages/Message.js';
import type { PageException } from '../../policy/PageException.js';
import { foldTerm, holdsTerm } from '../../policy/exceptionWaives.js';
import type { Actor } from '../ChatSurface.js';
import type { Context } from '../Context.js';
import { mayDecide } from '../mayDecide.js';
import { EXCEPTIONS, pageExceptions } from './pageExceptions.js';

export interface ExceptionRequest {
  itemId: string;
  actor: Actor;
  /** A word or phrase of a finding's match; with `asAuthor`, may be left out. */
  term?: string;
  /** The author of the comment is a known organization: their comments are not flagged by the rule. */
  asAuthor?: boolean;
  /** The finding's rule; by default the rule of the first finding whose match holds the term. */
  rule?: string;
  why: string;
}

export type ExceptionOutcome = { ok: true; exception: PageException; duplicate?: true } | { ok: false; error: Message };

const MAX_TERM = 200;
const MAX_WHY = 500;

/**
 * A moderator's "don't flag this here again", from an alert on any surface: checked, stored beside the policy's
 * rules for the comment's page and rule, and written to the audit log. The same term (or author) for the same rule
 * and page again is answered with the one already stored. Who may add one is who may decide (mayDecide).
 */
export async function addException(ctx: Context, req: ExceptionRequest): Promise<ExceptionOutcome> {
  const item = await ctx.store.getItem(req.itemId);
  if (!(await mayDecide(ctx, req.actor, req.itemId, 'exception', item))) return { ok: false, error: message('decision.not-moderator') };
  if (!item) return { ok: false, error: message('decision.unknown-item', { id: req.itemId }) };
  const why = req.why.trim();
  const term = req.term?.replace(/\s+/g, ' ').trim() ?? '';
  if (!why) return { ok: false, error: message('exception.no-reason') };
  if (why.length > MAX_WHY) return { ok: false, error: message('exception.too-long', { max: MAX_WHY }) };
  if (!term && !req.asAuthor) return { ok: false, error: message('exception.no-term') };
  if (term.length > MAX_TERM) return { ok: false, error: message('exception.too-long', { max: MAX_TERM }) };

  const findings = (item.check?.findings ?? []).filter((f) => f.action !== 'note' && (!req.rule || f.rule === req.rule));
  if (findings.length === 0) return { ok: false, error: message('exception.no-finding') };
  const finding = term ? findings.find((f) => holdsTerm(f.match, term)) : findings[0];
  if (!finding)
    return { ok: false, error: message('exception.term-not-in-match', { term, matches: [...new Set(findings.map((f) => f.match))].join(' · ') }) };

  const author = req.asAuthor ? { id: item.author.id, ...(item.author.name ? { name: item.author.name } : {}) } : undefined;
  const same = (await pageExceptions(ctx.store, item.pageId)).find(
    (e) => e.rule === finding.rule && (author ? e.author?.id === author.id : !e.author && foldTerm(e.term ?? '') === foldTerm(term)),
  );
  if (same) return { ok: true, exception: same, duplicate: true };

  const at = ctx.now().toISOString();
  const exception: PageException = {
    id: randomBytes(4).toString('hex'),
    policyId: item.policyId,
    pageId: item.pageId,
    ...(item.pageName ? { pageName: item.pageName } : {}),
    rule: finding.rule,
    ...(author ? { author } : { term }),
    by: `${req.actor.surface}:${req.actor.id}`,
    ...(req.actor.name ? { byName: req.actor.name } : {}),
    at,
    why,
    itemId: item.id,
  };
  await ctx.store.setValue(EXCEPTIONS, exception.id, exception);
  await ctx.store.appendAudit({
    at,
    itemId: item.id,
    policyId: item.policyId,
    decision: 'exception-added',
    actor: exception.by,
    ...(req.actor.name ? { actorName: req.actor.name } : {}),
    rules: [finding.rule],
    clauses: [finding.clause],
    text: item.text,
    result: 'ok',
    detail: `exception ${exception.id} on page ${item.pageId}: ${author ? `author ${author.id}` : `term "${term}"`}; why: ${why}`,
  });
  ctx.log.info('exception added', { exception: exception.id, itemId: item.id, rule: finding.rule, pageId: item.pageId });
  return { ok: true, exception };
}
