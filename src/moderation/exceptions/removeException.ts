import type { Context } from '../Context.js';
import { EXCEPTIONS } from './pageExceptions.js';
import type { PageException } from '../../policy/PageException.js';

/**
 * Withdraws a standing exception and writes who did it to the audit log. Undefined when no exception has this id.
 * The caller says who may: the command line is the operator's, who holds the store.
 */
export async function removeException(
  ctx: Pick<Context, 'store' | 'now'>,
  id: string,
  actor: { id: string; name?: string },
): Promise<PageException | undefined> {
  const exception = await ctx.store.getValue<PageException>(EXCEPTIONS, id);
  if (!exception) return undefined;
  await ctx.store.deleteValue(EXCEPTIONS, id);
  await ctx.store.appendAudit({
    at: ctx.now().toISOString(),
    itemId: exception.itemId ?? '',
    policyId: exception.policyId,
    decision: 'exception-removed',
    actor: actor.id,
    ...(actor.name ? { actorName: actor.name } : {}),
    rules: [exception.rule],
    clauses: [],
    text: '',
    result: 'ok',
    detail: `exception ${id} on page ${exception.pageId}: ${exception.author ? `author ${exception.author.id}` : `term "${exception.term ?? ''}"`}`,
  });
  return exception;
}
