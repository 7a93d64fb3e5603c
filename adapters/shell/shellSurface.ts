import type { AlertRef, Item } from '../../src/moderation/Item.js';
import type { ChatSurface, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Digest, Reminder } from '../../src/sla/types.js';
import { renderAlert, renderDigest, renderOutcome, renderReminder } from './render.js';
import type { ShellState } from './ShellState.js';

/** The console as a chat surface: alerts, updates, reminders and digests are printed, numbered for the keyboard. */
export function shellSurface(state: ShellState): ChatSurface {
  const show = (text: string) => state.printAsync(text);
  return {
    name: 'shell',
    async notify(item: Item): Promise<AlertRef> {
      const n = await state.numberOf(item);
      show(renderAlert(item, n, state.look(item.policyId)));
      return { surface: 'shell', channel: 'console', messageId: String(n) };
    },
    async update(_ref: AlertRef, outcome: DecisionOutcome): Promise<void> {
      show(renderOutcome(outcome, await state.numberOf(outcome.item), state.look(outcome.item.policyId)));
    },
    async remind(reminder: Reminder): Promise<void> {
      show(renderReminder(reminder, await state.numberOf(reminder.item), state.look(reminder.policyId ?? reminder.item.policyId)));
    },
    async digest(digest: Digest): Promise<void> {
      const numbers = new Map<string, number>();
      for (const item of [...digest.dueToday, ...digest.breached]) numbers.set(item.id, await state.numberOf(item));
      show(renderDigest(digest, (item) => numbers.get(item.id) ?? 0, state.look(digest.policyId)));
    },
  };
}
