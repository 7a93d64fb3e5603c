import type { Context } from './Context.js';
import type { Item } from './Item.js';
import { formatReminder } from '../sla/formatReminder.js';
import { sweep } from '../sla/sweep.js';
import type { Reminder } from '../sla/types.js';

/**
 * How long a reminder's claim lives. The claim is what makes a reminder once-only across replicas and restarts,
 * so it must outlive the condition: a breached item stays breached until answered. After this long an item still
 * open is reminded once more, which is wanted.
 */
export const REMINDER_CLAIM_MS = 30 * 24 * 3600_000;

// Marks this process has already claimed (or seen claimed elsewhere), so that a long-breached item does not cost
// a store round trip on every tick. The store claim stays the authority.
const seen = new WeakMap<Context, Set<string>>();

/**
 * One reminder tick: sweeps the open items of every policy at `now`, claims each reminder once in the store
 * (several replicas send it once) and posts it on every chat surface, threaded under the item's alert there.
 * A reminder no surface could take is released, so the next tick tries again. Returns the reminders sent.
 */
export async function runReminders(ctx: Context, now: Date): Promise<Reminder[]> {
  const items = await ctx.store.listItems(['open']);
  const byPolicy = new Map<string, Item[]>();
  for (const item of items) {
    const policyId = ctx.policies.has(item.policyId) ? item.policyId : ctx.defaultPolicyId;
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
    for (const reminder of sweep(list, policy, now, sent)) {
      const key = `reminder:${reminder.mark}`;
      if (!(await ctx.store.claim(key, REMINDER_CLAIM_MS))) {
        sent.add(reminder.mark);
        continue;
      }
      reminder.message = formatReminder(reminder.kind, reminder.item, reminder.deadline, reminder.businessMinutesLeft, policy);
      let ok = 0;
      for (const surface of ctx.surfaces) {
        const ref = reminder.item.alerts?.find((a) => a.surface === surface.name);
        try {
          await surface.remind(reminder, ref);
          ok++;
        } catch (error) {
          ctx.log.error('reminder not delivered', {
            surface: surface.name,
            item: reminder.item.id,
            kind: reminder.kind,
            error: (error as Error).message,
          });
        }
      }
      if (ok === 0 && ctx.surfaces.length > 0) {
        await ctx.store.release(key);
        continue;
      }
      sent.add(reminder.mark);
      delivered.push(reminder);
      ctx.log.info('reminder sent', { item: reminder.item.id, kind: reminder.kind, mark: reminder.mark, surfaces: ok });
    }
  }
  // Forget the marks of items no longer open, so the process-local memory follows the open backlog.
  const open = new Set(items.map((i) => i.id));
  for (const mark of sent) {
    const id = mark.slice(0, mark.lastIndexOf(':', mark.lastIndexOf(':') - 1));
    if (!open.has(id)) sent.delete(mark);
  }
  return delivered;
}
