import { CardFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ChatSurface, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Context } from '../../src/moderation/Context.js';
import type { AlertRef, Item } from '../../src/moderation/Item.js';
import type { Digest, Reminder } from '../../src/sla/types.js';
import { findReference, forgetConversation, type SavedRef } from './conversationRefs.js';
import { TeamsRefusal, teamsRefusal } from './teamsRefusal.js';
import { alertCard, alertTitle } from './cards/alertCard.js';
import { outcomeCard, outcomeLine } from './cards/outcomeCard.js';
import { reminderCard } from './cards/reminderCard.js';
import { digestCard } from './cards/digestCard.js';
import type { AdaptiveCard } from './cards/adaptiveCard.js';
import type { CardLook } from './CardLook.js';
import { say } from '../../src/messages/Message.js';

export interface TeamsSurfaceOptions {
  adapter: CloudAdapter;
  /** The bot's app id ('' in local-testing mode): proactive turns run under it. */
  appId: string;
  /** Conversation (channel) id where alerts and digests go when an item names none. */
  channel?: string;
  look: CardLook;
}

/** The conversation address of a thread: Teams channels name it `<channel>;messageid=<root>`, chats use replyToId. */
function threadOf(saved: SavedRef, ref: AlertRef): { ref: Partial<ConversationReference>; replyToId?: string } {
  if (saved.conversationType === 'channel') {
    return { ref: { ...saved.ref, conversation: { ...saved.ref.conversation!, id: `${ref.channel};messageid=${ref.messageId}` } } };
  }
  return { ref: saved.ref, replyToId: ref.messageId };
}

/** Teams as a ChatSurface: every message is proactive, through the conversation references saved in the store. */
export function teamsSurface(ctx: Context, opts: TeamsSurfaceOptions): ChatSurface {
  const { adapter, appId, look } = opts;

  /** Runs a proactive turn; a refusal becomes a TeamsRefusal, and a conversation Vigie was removed from is forgotten. */
  async function proactive(saved: SavedRef, ref: Partial<ConversationReference>, logic: (tc: TurnContext) => Promise<void>): Promise<void> {
    const key = saved.ref.conversation!.id;
    try {
      await adapter.continueConversationAsync(appId, ref, logic);
    } catch (err) {
      const refusal = teamsRefusal(err, key);
      if (refusal instanceof TeamsRefusal && refusal.notAMember) await forgetConversation(ctx.store, key, ctx.now());
      throw refusal;
    }
  }

  async function send(
    saved: SavedRef,
    card: AdaptiveCard,
    summary: string,
    thread?: { ref: Partial<ConversationReference>; replyToId?: string },
  ): Promise<string> {
    let id: string | undefined;
    const replyToId = thread?.replyToId;
    await proactive(saved, thread?.ref ?? saved.ref, async (tc: TurnContext) => {
      // botbuilder makes every proactive message a reply to the synthetic turn's random id; a new post is not a reply.
      tc.onSendActivities(async (_tc, activities, next) => {
        for (const a of activities) {
          if (replyToId) a.replyToId = replyToId;
          else delete a.replyToId;
        }
        return next();
      });
      const sent = await tc.sendActivity({ type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] });
      id = sent?.id;
    });
    if (!id) throw new TeamsRefusal(`Teams did not return an id for the message posted to '${saved.ref.conversation?.id}'`, undefined, undefined);
    return id;
  }

  function missing(what: string, target: string | undefined): void {
    ctx.log.warn(
      `teams: no conversation reference for ${target ? `'${target}'` : 'any channel'}, ${what} not posted: ` +
        'add the Vigie app to the channel (or mention @Vigie there once) so Teams tells Vigie where it is',
      { target },
    );
  }

  return {
    name: 'teams',

    async notify(item: Item): Promise<AlertRef | undefined> {
      const target = item.channels?.teams?.[0];
      const saved = await findReference(ctx.store, target, opts.channel);
      if (!saved) {
        missing('alert', target ?? opts.channel);
        return undefined;
      }
      const lang = look.langFor(item.policyId);
      const card = alertCard(item, {
        lang,
        policyLanguage: lang,
        when: look.whenFor(item.policyId, lang),
        policyName: look.policyName(item.policyId, lang),
      });
      const summary = `${alertTitle(item, lang)} — ${item.author.name ?? item.author.id}`;
      const messageId = await send(saved, card, summary);
      return { surface: 'teams', channel: saved.ref.conversation!.id, messageId };
    },

    // Called by the core after every decision, whichever surface it came from. A click in Teams also gets the
    // card in its invoke response (immediate, for the person who clicked); this PUT carries the same card to
    // everyone else in the channel, so both paths render one outcome and repeating either changes nothing.
    async update(ref: AlertRef, outcome: DecisionOutcome): Promise<void> {
      if (ref.surface !== 'teams') return;
      const saved = await findReference(ctx.store, ref.channel, undefined);
      if (!saved) return missing('update', ref.channel);
      const lang = look.langFor(outcome.item.policyId);
      const shown = {
        lang,
        policyLanguage: lang,
        when: look.whenFor(outcome.item.policyId, lang),
        policyName: look.policyName(outcome.item.policyId, lang),
      };
      const card = outcomeCard(outcome, shown);
      await proactive(saved, saved.ref, async (tc: TurnContext) => {
        await tc.updateActivity({
          type: 'message',
          id: ref.messageId,
          summary: outcome.ok ? outcomeLine(outcome, lang, shown.when) : undefined,
          attachments: [CardFactory.adaptiveCard(card)],
        });
      });
    },

    async remind(reminder: Reminder, ref?: AlertRef): Promise<void> {
      const item = reminder.item;
      const lang = look.langFor(item.policyId);
      const line = look.reminderLine(reminder, lang);
      const summary = say(lang, `reminder.${reminder.kind}`);
      const alerted = ref?.surface === 'teams' ? await findReference(ctx.store, ref.channel, undefined) : undefined;
      if (ref && alerted) {
        const thread = threadOf(alerted, ref);
        await send(alerted, reminderCard(reminder, { lang, line, threaded: true }), summary, thread);
        return;
      }
      const saved = await findReference(ctx.store, item.channels?.teams?.[0], opts.channel);
      if (!saved) return missing('reminder', item.channels?.teams?.[0] ?? opts.channel);
      await send(saved, reminderCard(reminder, { lang, line, threaded: false }), summary);
    },

    async digest(digest: Digest): Promise<void> {
      const saved = await findReference(ctx.store, undefined, opts.channel);
      if (!saved) return missing('digest', opts.channel);
      const lang = look.langFor(digest.policyId);
      const card = digestCard(digest, { lang, when: look.whenFor(digest.policyId, lang), policyName: look.policyName(digest.policyId, lang) });
      await send(saved, card, say(lang, digest.catchUp ? 'digest.catch-up-title' : 'digest.title'));
    },
  };
}
