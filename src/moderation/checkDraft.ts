import { check } from '../policy/check.js';
import type { Policy } from '../policy/schema.js';
import type { CheckResult, Kind } from '../policy/types.js';
import type { Context } from './Context.js';
import { postsToday } from './pagePosts.js';

/**
 * `/checkpost` on every surface: the engine's check with the facts the store knows. A draft post is judged with
 * the number of posts already published today, so the posts-a-day limit speaks when it should.
 */
export async function checkDraft(
  ctx: Pick<Context, 'store' | 'now'>,
  parsed: { policy: Policy; text: string; kind: Kind },
): Promise<CheckResult> {
  const count = parsed.kind === 'post' ? await postsToday(ctx, parsed.policy) : undefined;
  return check(parsed.policy, parsed.text, { kind: parsed.kind, context: count === undefined ? {} : { postsToday: count } });
}
