import type { ChatSurface, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { AlertRef, Item } from '../../src/moderation/Item.js';
import type { Digest, Reminder } from '../../src/sla/types.js';

/**
 * A chat surface that remembers every call, for tests (as Hubot's test adapter does). Alerts go to the item's
 * channel for this surface (routing), else `default`; `failWith` makes the next calls throw until cleared.
 */
export interface RecordingSurface extends ChatSurface {
  notified: Item[];
  alerts: AlertRef[];
  updates: { ref: AlertRef; outcome: DecisionOutcome }[];
  reminders: { reminder: Reminder; ref?: AlertRef }[];
  digests: Digest[];
  /** Set to an Error to make every call throw it (a surface that is down); undefined to recover. */
  failWith: Error | undefined;
}

export function recordingSurface(name = 'slack'): RecordingSurface {
  let seq = 0;
  const surface: RecordingSurface = {
    name,
    notified: [],
    alerts: [],
    updates: [],
    reminders: [],
    digests: [],
    failWith: undefined,
    async notify(item) {
      if (surface.failWith) throw surface.failWith;
      surface.notified.push(structuredClone(item));
      const ref: AlertRef = { surface: name, channel: item.channels?.[name]?.[0] ?? 'default', messageId: `${name}-${++seq}` };
      surface.alerts.push(ref);
      return ref;
    },
    async update(ref, outcome) {
      if (surface.failWith) throw surface.failWith;
      surface.updates.push({ ref, outcome: structuredClone(outcome) });
    },
    async remind(reminder, ref) {
      if (surface.failWith) throw surface.failWith;
      surface.reminders.push({ reminder: structuredClone(reminder), ...(ref ? { ref } : {}) });
    },
    async digest(digest) {
      if (surface.failWith) throw surface.failWith;
      surface.digests.push(structuredClone(digest));
    },
  };
  return surface;
}
