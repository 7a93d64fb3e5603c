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
      const n = state.numberOf(item.id);
      const policy = state.policyOf(item.policyId);
      show(renderAlert(item, n, state.lang, policy?.calendar.timeZone, policy?.language));
      return { surface: 'shell', channel: 'console', messageId: String(n) };
    },
    async update(_ref: AlertRef, outcome: DecisionOutcome): Promise<void> {
      // Numbers are per session: an alert from before a restart gets its number from the item, not the old ref.
      show(renderOutcome(outcome, state.numberOf(outcome.item.id), state.lang, state.policyOf(outcome.item.policyId)?.calendar.timeZone));
    },
    async remind(reminder: Reminder): Promise<void> {
      show(renderReminder(reminder, state.numberOf(reminder.item.id), state.lang, state.policyOf(reminder.item.policyId)));
    },
    async digest(digest: Digest): Promise<void> {
      const policy = state.policyOf(digest.policyId);
      show(
        renderDigest(digest, (item) => state.numberOf(item.id), state.lang, policy && { zone: policy.calendar.timeZone, name: policy.name[state.lang] }),
      );
    },
  };
}
