import { DateTime } from 'luxon';
import type { Policy } from '../policy/schema.js';
import type { Context } from './Context.js';
import { routeOf } from './receiveComment.js';

/**
 * The organization's own publications, counted per policy and local day for the posts-a-day limit
 * (Baie-Comeau: « nous publions 1 à 2 fois par jour au maximum »). Counted per policy, not per page, because the
 * limit is the organization's, whichever of its pages the post went to.
 */
export function localDay(at: Date, policy: Policy): string {
  return DateTime.fromJSDate(at, { zone: policy.calendar.timeZone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/** Records a post a page itself published (seen in its feed webhook). Idempotent per post id. */
export async function recordPagePost(ctx: Context, post: { pageId: string; postId: string; at: Date }): Promise<void> {
  const policy = ctx.policies.get(routeOf(ctx, post.pageId).policyId);
  if (!policy) return;
  await ctx.store.recordPost(policy.id, localDay(post.at, policy), post.postId);
}

/** Posts already published today, or undefined when the store does not answer in time (the rule then stays silent). */
export async function postsToday(ctx: Pick<Context, 'store' | 'now'>, policy: Policy, waitMs = 250): Promise<number | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    return await Promise.race([ctx.store.countPosts(policy.id, localDay(ctx.now(), policy)), late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
