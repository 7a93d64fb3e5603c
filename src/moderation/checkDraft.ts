import { check } from '../policy/check.js';
import type { Policy } from '../policy/schema.js';
import type { CheckResult, Kind } from '../policy/types.js';
import type { Context } from './Context.js';
import { postsToday } from './pagePosts.js';
import { pageExceptions } from './exceptions/pageExceptions.js';

/**
 * `/checkpost` on every surface: the engine's check with the facts the store knows. A draft post is judged with
 * the number of posts already published today, so the posts-a-day limit speaks when it should; with `--page`, the
 * page's standing exceptions are honoured as for its comments.
 */
export async function checkDraft(
  ctx: Pick<Context, 'store' | 'now'>,
  parsed: { policy: Policy; text: string; kind: Kind; pageId?: string },
): Promise<CheckResult> {
  const count = parsed.kind === 'post' ? await postsToday(ctx, parsed.policy) : undefined;
  // Checked for a page (`--page`), the text is judged as a comment there would be: with that page's exceptions.
  const exceptions = parsed.pageId ? await pageExceptions(ctx.store, parsed.pageId) : [];
  return check(parsed.policy, parsed.text, { kind: parsed.kind, context: count === undefined ? {} : { postsToday: count }, exceptions });
}
