import type { WebClient } from '@slack/web-api';
import type { ChatSurface, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Logger } from '../../src/moderation/Context.js';
import type { AlertRef, Item } from '../../src/moderation/Item.js';
import type { Digest, Reminder } from '../../src/sla/types.js';
import { alertBlocks, alertText, type AlertLook } from './blocks/alertBlocks.js';
import { digestBlocks, digestText } from './blocks/digestBlocks.js';
import { reminderBlocks, reminderText } from './blocks/reminderBlocks.js';
import { slackApiError } from './slackApiError.js';

export const SURFACE = 'slack';

export interface SlackSurfaceDeps {
  client: WebClient;
  /** Where alerts go when the item's page routing names no Slack channel ($SLACK_CHANNEL). */
  channel?: string;
  lookFor: (policyId: string | undefined) => AlertLook;
  log: Logger;
}

/**
 * Vigie's alerts, outcomes, reminders and digests as Slack messages. It renders and sends; what to send and when
 * is the core's decision. A failed call throws a SlackApiError that says what to fix, so the core can log and retry.
 */
export function slackSurface(deps: SlackSurfaceDeps): ChatSurface {
  const { client, log } = deps;

  async function post(args: { channel: string; text: string; blocks: unknown[]; thread_ts?: string; reply_broadcast?: boolean }) {
    try {
      // Links to Facebook would unfold into big previews of the comment's page under every alert.
      const res = await client.chat.postMessage({ ...args, unfurl_links: false, unfurl_media: false } as Parameters<
        WebClient['chat']['postMessage']
      >[0]);
      return { channel: res.channel ?? args.channel, ts: res.ts ?? '' };
    } catch (err) {
      throw slackApiError('chat.postMessage', err);
    }
  }

  function channelOf(item: Item): string | undefined {
    return item.channels?.[SURFACE]?.[0] ?? deps.channel;
  }

  return {
    name: SURFACE,

    async notify(item: Item): Promise<AlertRef | undefined> {
      const channel = channelOf(item);
      if (!channel) {
        log.warn('no Slack channel for this alert: set SLACK_CHANNEL or a slack channel in the page routing', { itemId: item.id });
        return undefined;
      }
      const look = deps.lookFor(item.policyId);
      const res = await post({ channel, text: alertText(item, look), blocks: alertBlocks(item, look) });
      return { surface: SURFACE, channel: res.channel, messageId: res.ts };
    },

    async update(ref: AlertRef, outcome: DecisionOutcome): Promise<void> {
      if (ref.surface !== SURFACE) return;
      const look = deps.lookFor(outcome.item.policyId);
      try {
        await client.chat.update({
          channel: ref.channel,
          ts: ref.messageId,
          text: alertText(outcome.item, look, outcome),
          blocks: alertBlocks(outcome.item, look, outcome),
        } as Parameters<WebClient['chat']['update']>[0]);
      } catch (err) {
        throw slackApiError('chat.update', err);
      }
    },

    async remind(reminder: Reminder, ref?: AlertRef): Promise<void> {
      // The reminder belongs under this surface's own alert, whichever surface's ref the caller had at hand.
      const alert = ref?.surface === SURFACE ? ref : reminder.item.alerts?.filter((a) => a.surface === SURFACE).at(-1);
      const look = deps.lookFor(reminder.policyId ?? reminder.item.policyId);
      const text = reminderText(reminder, look);
      if (alert) {
        await post({
          channel: alert.channel,
          thread_ts: alert.messageId,
          // A breached deadline must be seen by the whole channel, not only by those following the thread.
          ...(reminder.kind === 'breached' ? { reply_broadcast: true } : {}),
          text,
          blocks: reminderBlocks(reminder, look, true),
        });
        return;
      }
      const channel = channelOf(reminder.item);
      if (!channel) {
        log.warn('no Slack channel for this reminder: set SLACK_CHANNEL', { itemId: reminder.item.id });
        return;
      }
      await post({ channel, text, blocks: reminderBlocks(reminder, look, false) });
    },

    async digest(digest: Digest): Promise<void> {
      if (!deps.channel) {
        log.warn('no Slack channel for the digest: set SLACK_CHANNEL', { policyId: digest.policyId });
        return;
      }
      const look = deps.lookFor(digest.policyId);
      await post({ channel: deps.channel, text: digestText(digest, look), blocks: digestBlocks(digest, look) });
    },
  };
}
