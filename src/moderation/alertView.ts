import type { Lang } from '../policy/types.js';
import { say } from '../messages/Message.js';
import type { DecisionOutcome } from './ChatSurface.js';
import type { Item } from './Item.js';

/**
 * A private message's sender as alerts show them: never their name (a Messenger sender is a citizen writing to the
 * Page privately, and an alert channel is read by more people than the Page's inbox), but a short stable handle so a
 * moderator can tell two conversations apart. The page-scoped id means nothing outside the Page.
 */
export function maskedSender(id: string): string {
  return `✉ …${id.slice(-4)}`;
}

/**
 * What a chat surface is shown of an item: a public comment as it is; a private message with its sender masked,
 * and, when no moderators' channel for messages is configured (`textWithheld`), without its text, its findings
 * (which quote the text) or the reply sent to it. Every surface renders what it is given, so this one function
 * decides what leaves the store, for alerts, updates, reminders and digests alike.
 */
export function alertView(item: Item, lang: Lang): Item {
  if (item.kind !== 'message') return item;
  const masked: Item = { ...item, author: { id: item.author.id, name: maskedSender(item.author.id) } };
  if (item.answeredBy && item.answeredBy === item.author.name) masked.answeredBy = maskedSender(item.author.id);
  if (!item.textWithheld) return masked;
  return {
    ...masked,
    text: say(lang, 'message.text-withheld'),
    ...(item.check ? { check: { ...item.check, findings: [] } } : {}),
  };
}

/** The outcome of a decision as surfaces are shown it: its item through alertView, and a withheld answer's text kept out. */
export function outcomeView(outcome: DecisionOutcome, lang: Lang): DecisionOutcome {
  if (outcome.item.kind !== 'message') return outcome;
  const shown: DecisionOutcome = { ...outcome, item: alertView(outcome.item, lang) };
  if (outcome.item.textWithheld) delete shown.replyText;
  return shown;
}
