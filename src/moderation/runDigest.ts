import type { Context } from './Context.js';
import { businessCalendar } from '../sla/businessCalendar.js';
import { buildDigest } from '../sla/buildDigest.js';
import { staffedAt } from '../sla/staffedAt.js';
import type { Digest } from '../sla/types.js';
import { itemsOfPolicy, policyIdOf } from './itemsOfPolicy.js';
import { postDigest } from './postDigest.js';
import { routeOf } from './receiveComment.js';
import { sourcePausesSince } from './sourcePauses.js';
import { DateTime } from 'luxon';

/** Long enough to cover the rest of the day: the digest goes out once per policy and business day. */
const DIGEST_CLAIM_MS = 24 * 3600_000;

/**
 * The morning digest: for each policy that has items (or is the default), on its business days once the office
 * is open, builds the digest and hands it to every chat surface. Once per policy and day across replicas and
 * repeated ticks (a store claim); on a weekend or holiday, or before opening, nothing is sent.
 */
export async function runDigest(ctx: Context, now: Date): Promise<Digest[]> {
  const items = await ctx.store.listItems();
  // An item whose policy is gone from the configuration is counted under the default policy, never dropped.
  const withItems = new Set(items.map((i) => policyIdOf(ctx, i.policyId)));
  // A week back covers any previous business day; each digest keeps those since its own below.
  const pauses = (await sourcePausesSince(ctx.store, new Date(now.getTime() - 7 * 24 * 3_600_000))).map((p) => ({
    ...p,
    policyId: routeOf(ctx, p.account).policyId,
  }));
  for (const p of pauses) withItems.add(p.policyId);
  const digests: Digest[] = [];
  for (const [id, policy] of ctx.policies) {
    if (id !== ctx.defaultPolicyId && !withItems.has(id)) continue;
    const cal = businessCalendar(policy.calendar);
    // Sent when someone is there to read it, by the rule the reminders follow: not at or after closing, nor in
    // a lunch break (a late tick waits for the afternoon opening).
    if (staffedAt(cal, now.getTime()) !== now.getTime()) continue;
    const key = `digest:${id}:${cal.localDay(now)}`;
    const held = await ctx.store.claim(key, DIGEST_CLAIM_MS);
    if (!held) continue;
    const digest = buildDigest(itemsOfPolicy(ctx, items, id), policy, now);
    // Since the previous business day began: the day the digest's figures cover, and the night before this one.
    const since = DateTime.fromISO(digest.previousBusinessDay, { zone: policy.calendar.timeZone }).toJSDate();
    const paused = pauses.filter((p) => p.policyId === id && Date.parse(p.until) > since.getTime()).map(({ policyId: _, ...p }) => p);
    if (paused.length > 0) digest.paused = paused;
    if (!(await postDigest(ctx, digest)).delivered) {
      await ctx.store.release(held);
      continue;
    }
    digests.push(digest);
    ctx.log.info('digest sent', { policy: id, open: digest.totals.open, breached: digest.totals.breached });
  }
  return digests;
}
