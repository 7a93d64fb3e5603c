import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Store } from '../../src/store/Store.js';

/** Store namespace of the conversation references Teams gives us, keyed by conversation (or channel) id. */
export const REFS_NAMESPACE = 'teams-refs';

export interface SavedRef {
  ref: Partial<ConversationReference>;
  /** 'channel' | 'personal' | 'groupChat' */
  conversationType?: string;
  /** ISO 8601 of the first time the conversation was seen: "the first-saved channel" is the default target. */
  savedAt: string;
  /** Set when the app was removed from the conversation: Teams would refuse anything posted there. */
  removedAt?: string;
}

/**
 * The reference to keep for an incoming activity. In a channel, Teams addresses a thread as
 * `19:…@thread.tacv2;messageid=…`; alerts go to the channel itself, so the thread suffix is dropped.
 */
export function referenceOf(activity: Partial<Activity>): { key: string; saved: Omit<SavedRef, 'savedAt'> } | undefined {
  if (!activity.conversation?.id || !activity.serviceUrl) return undefined;
  const ref = TurnContext.getConversationReference(activity);
  const type = activity.conversation.conversationType;
  const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  const key = type === 'channel' ? (channelId ?? activity.conversation.id.split(';')[0]!) : activity.conversation.id;
  // The activity id is the turn's own message; a proactive message starts a new one.
  delete ref.activityId;
  return { key, saved: { ref: { ...ref, conversation: { ...ref.conversation!, id: key } }, conversationType: type } };
}

/** Saves (or refreshes: the serviceUrl may move) the reference of the conversation an activity came from. */
export async function saveReference(store: Store, activity: Partial<Activity>, now: Date): Promise<string | undefined> {
  const found = referenceOf(activity);
  if (!found) return undefined;
  const before = await store.getValue<SavedRef>(REFS_NAMESPACE, found.key);
  const same = before && !before.removedAt && before.ref.serviceUrl === found.saved.ref.serviceUrl;
  if (same && before.conversationType === found.saved.conversationType) {
    return found.key;
  }
  const savedAt = before && !before.removedAt ? before.savedAt : now.toISOString();
  await store.setValue<SavedRef>(REFS_NAMESPACE, found.key, { ...found.saved, savedAt });
  return found.key;
}

/** The app was removed from the conversation: keep the record (for the log) but never post there again. */
export async function forgetReference(store: Store, activity: Partial<Activity>, now: Date): Promise<void> {
  const found = referenceOf(activity);
  if (found) await forgetConversation(store, found.key, now);
}

export async function forgetConversation(store: Store, key: string, now: Date): Promise<void> {
  const before = await store.getValue<SavedRef>(REFS_NAMESPACE, key);
  if (!before || before.removedAt) return;
  await store.setValue<SavedRef>(REFS_NAMESPACE, key, { ...before, removedAt: now.toISOString() });
}

/** The reference for `conversationId`, or else for the configured channel, or else the first channel (or group chat) saved. */
export async function findReference(store: Store, conversationId: string | undefined, fallback: string | undefined): Promise<SavedRef | undefined> {
  for (const id of [conversationId, fallback]) {
    if (!id) continue;
    const hit = await store.getValue<SavedRef>(REFS_NAMESPACE, id);
    if (hit && !hit.removedAt) return hit;
  }
  if (conversationId || fallback) return undefined; // a named target with no reference must not go elsewhere
  const all = await store.listValues<SavedRef>(REFS_NAMESPACE);
  const byAge = all
    .map((e) => e.value)
    .filter((r) => !r.removedAt)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  // Alerts are the team's business: never someone's personal chat unless it is named.
  return byAge.find((r) => r.conversationType === 'channel') ?? byAge.find((r) => r.conversationType === 'groupChat');
}
