import type { Context } from './Context.js';
import { alertView } from './alertView.js';
import type { Item } from './Item.js';
import { itemsOfPolicy, policyIdOf } from './itemsOfPolicy.js';
import { postDigest } from './postDigest.js';
import type { Policy } from '../policy/schema.js';
import { buildDigest } from '../sla/buildDigest.js';
import { formatReminder } from '../sla/formatReminder.js';
import { sweep } from '../sla/sweep.js';
import type { Reminder } from '../sla/types.js';

/**
 * How long a reminder's claim lives. The claim is what makes a reminder once-only across replicas and restarts,
 * so it must outlive the condition: a breached item stays breached until answered. After this long an item still
 * open is reminded once more, which is wanted.
 */
export const REMINDER_CLAIM_MS = 30 * 24 * 3600_000;

/**
 * At most this many reminders per policy and tick go out one by one. Past it (Vigie was down for a day, or starts
 * on a backlog) the rest are folded into one catch-up digest: three hundred thread replies at once help nobody,
 * and chat platforms throttle them anyway.
 */
export const MAX_REMINDERS_PER_TICK = 10;

export interface RunRemindersOptions {
  maxPerTick?: number;
}

// Marks this process has already claimed (or seen claimed elsewhere), so that a long-breached item does not cost
// a store round trip on every tick. The store claim stays the authority.
const seen = new WeakMap<Context, Set<string>>();

/**
 * One reminder tick: sweeps the open items of every policy at `now`, claims each reminder once in the store
 * (several replicas send it once) and posts it on every chat surface, threaded under the item's alert there.
 * A reminder no surface could take is released, so the next tick tries again. When more than `maxPerTick` are
 * due for one policy, the ones staff can still act on go first, the newest lateness next, and the rest are
 * reported together in one catch-up digest. Returns the reminders sent one by one.
 */
export async function runReminders(ctx: Context, now: Date, opts: RunRemindersOptions = {}): Promise<Reminder[]> {
  const maxPerTick = opts.maxPerTick ?? MAX_REMINDERS_PER_TICK;
  const items = await ctx.store.listItems(['open']);
  const byPolicy = new Map<string, Item[]>();
  for (const item of items) {
    const policyId = policyIdOf(ctx, item.policyId);
    let list = byPolicy.get(policyId);
    if (!list) byPolicy.set(policyId, (list = []));
    list.push(item);
  }
  let sent = seen.get(ctx);
  if (!sent) seen.set(ctx, (sent = new Set()));

  const delivered: Reminder[] = [];
  for (const [policyId, list] of byPolicy) {
    const policy = ctx.policies.get(policyId);
    if (!policy) {
      ctx.log.warn('reminders: no policy for these items, and no default policy', { policyId, items: list.length });
      continue;
    }
    const due = sweep(list, policy, now, sent);
    const ordered = due.length > maxPerTick ? mostUsefulFirst(due) : due;
    for (const reminder of ordered.slice(0, maxPerTick)) {
      if (await sendOne(ctx, reminder, policy, sent, now)) delivered.push(reminder);
    }
    const held = ordered.slice(maxPerTick);
    if (held.length > 0) await sendCatchUp(ctx, policy, now, held, sent);
  }
  // Forget the marks of items no longer open, so the process-local memory follows the open backlog.
  const open = new Set(items.map((i) => i.id));
  for (const mark of sent) {
    const id = mark.slice(0, mark.lastIndexOf(':', mark.lastIndexOf(':') - 1));
    if (!open.has(id)) sent.delete(mark);
  }
  return delivered;
}

/** What can still be saved (due soon, before closing; soonest first), then what became late most recently. */
function mostUsefulFirst(due: Reminder[]): Reminder[] {
  const late = due.filter((r) => r.kind === 'breached').reverse();
  return [...due.filter((r) => r.kind !== 'breached'), ...late];
}

/** Claims and posts one reminder on every surface; false when another replica had it or no surface took it. */
async function sendOne(ctx: Context, reminder: Reminder, policy: Policy, sent: Set<string>, now: Date): Promise<boolean> {
  const key = `reminder:${reminder.mark}`;
  const held = await ctx.store.claim(key, REMINDER_CLAIM_MS);
  if (!held) {
    sent.add(reminder.mark);
    return false;
  }
  // A private message is reminded as it was alerted: sender masked, text withheld where it was (alertView).
  reminder.item = alertView(reminder.item, policy.language);
  reminder.message = formatReminder(reminder.kind, reminder.item, reminder.deadline, reminder.businessMinutesLeft, policy, now);
  let ok = 0;
  for (const surface of ctx.surfaces) {
    const ref = reminder.item.alerts?.find((a) => a.surface === surface.name);
    try {
      await surface.remind(reminder, ref);
      ok++;
    } catch (error) {
      ctx.metrics?.deliveryFailed(surface.name, 'reminder');
      ctx.log.error('reminder not delivered', {
        surface: surface.name,
        item: reminder.item.id,
        kind: reminder.kind,
        error: (error as Error).message,
      });
    }
  }
  if (ok === 0 && ctx.surfaces.length > 0) {
    await ctx.store.release(held);
    return false;
  }
  sent.add(reminder.mark);
  ctx.metrics?.reminders(1, 0);
  ctx.log.info('reminder sent', { item: reminder.item.id, kind: reminder.kind, mark: reminder.mark, surfaces: ok });
  return true;
}

/**
 * One digest of the policy's items, marked as standing in for `held` reminders, then those reminders are claimed
 * as sent. If no surface takes the digest, nothing is claimed: the next tick tries again.
 */
async function sendCatchUp(ctx: Context, policy: Policy, now: Date, held: Reminder[], sent: Set<string>): Promise<void> {
  // All of the policy's items, answered ones too, so the figures of the previous day are right.
  const all = itemsOfPolicy(ctx, await ctx.store.listItems(), policy.id);
  const digest = { ...buildDigest(all, policy, now), catchUp: { held: held.length } };
  const { delivered, surfaces } = await postDigest(ctx, digest);
  if (!delivered) return;
  for (const r of held) {
    await ctx.store.claim(`reminder:${r.mark}`, REMINDER_CLAIM_MS);
    sent.add(r.mark);
  }
  ctx.metrics?.reminders(0, held.length);
  ctx.log.info('reminders folded into a catch-up digest', { policy: policy.id, held: held.length, surfaces });
}
