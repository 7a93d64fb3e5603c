import type { Policy } from '../policy/schema.js';
import type { Item } from '../moderation/Item.js';
import { deadlineFor } from './deadlineFor.js';
import { isoInZone } from './zoned.js';

/**
 * received → open: the item has been checked and the team alerted. An item that calls for a reply gets its
 * deadline (ISO 8601 with the policy's offset); the others have none.
 */
export function openItem(item: Item, policy: Policy): Item {
  const opened: Item = { ...item, status: item.status === 'received' ? 'open' : item.status };
  if (!item.needsReply) {
    delete opened.deadline;
    return opened;
  }
  // An emergency does not wait for office hours: due on receipt, so the alert says « at once » with its deadline
  // (it said « répondre tout de suite » beside a 16 h 30 deadline) and the sweep reports it at its next tick.
  const immediate = item.check?.findings.some((f) => policy.sla.immediate.includes(f.category));
  const deadline = immediate ? new Date(item.receivedAt) : deadlineFor(policy, new Date(item.receivedAt), item.kind).deadline;
  opened.deadline = isoInZone(deadline, policy.calendar.timeZone);
  return opened;
}

export interface Answer {
  at: Date;
  /** Who answered (page staff id or name). */
  by: string;
  /** An automatic reply (Messenger's instant reply, an away message) does not stop the clock. */
  automatic?: boolean;
}

/**
 * A reply was posted. A staff reply stops the clock: the item is answered (the first reply counts, so a
 * redelivered event changes nothing). An automatic reply leaves the item and its clock as they were.
 * An item already decided otherwise (hidden, deleted...) keeps its status but records the reply time.
 */
export function markAnswered(item: Item, answer: Answer): Item {
  if (answer.automatic) return item;
  if (item.answeredAt) return item;
  const at = answer.at.toISOString();
  return {
    ...item,
    status: item.status === 'open' || item.status === 'received' ? 'answered' : item.status,
    answeredAt: at,
    answeredBy: answer.by,
    updatedAt: at,
  };
}
