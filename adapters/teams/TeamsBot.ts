import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from 'botbuilder';
import type { Context } from '../../src/moderation/Context.js';
import type { Actor, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { AlertRef, Decision } from '../../src/moderation/Item.js';
import type { Lang } from '../../src/policy/types.js';
import { parseCheckpost } from '../../src/policy/parseCheckpost.js';
import { checkDraft } from '../../src/moderation/checkDraft.js';
import { describeResult } from '../../src/policy/describeResult.js';
import { decide } from '../../src/moderation/decide.js';
import { forgetReference, referenceOf, saveReference } from './conversationRefs.js';
import { langOf } from './langOf.js';
import { message as messageOf, render, say } from '../../src/messages/Message.js';
import { teamsHelp } from './teamsHelp.js';
import { ALERT_VERBS, SUBMIT_VERB, type AlertVerb } from './cards/alertCard.js';
import { outcomeCard } from './cards/outcomeCard.js';
import { pendingCard } from './cards/pendingCard.js';
import { checkCard } from './cards/checkCard.js';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from './cards/adaptiveCard.js';
import { messageText } from './messageText.js';
import type { CardLook } from './CardLook.js';

const VERB_TO_DECISION: Record<AlertVerb, Decision> = { approve: 'approve', hide: 'hide', reply: 'reply', delete: 'delete' };

/**
 * Vigie in Teams: translates activities into calls to the core and the core's answers into cards.
 * `checkpost` in a chat or with an @mention, « Vérifier ce message » on any message, and the alert buttons.
 */
export interface TeamsBotOptions {
  /** How long a click waits for the decision before answering "in progress" (Teams gives up after 5 s). */
  invokeBudgetMs: number;
  /** Replaces a card after the invoke was answered (the Teams surface's `update`). */
  replaceCard: (ref: AlertRef, outcome: DecisionOutcome) => Promise<void>;
}

export class TeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly ctx: Context,
    private readonly look: CardLook,
    private readonly opts: TeamsBotOptions,
  ) {
    super();
    // References are saved when the app is installed or the bot first addressed, for proactive alerts later.
    const remember = async (tc: TurnContext, next: () => Promise<void>) => {
      await saveReference(this.ctx.store, tc.activity, this.ctx.now());
      await next();
    };
    this.onConversationUpdate(async (tc, next) => {
      const removed = tc.activity.membersRemoved?.some((m) => m.id === tc.activity.recipient?.id);
      if (removed) await forgetReference(this.ctx.store, tc.activity, this.ctx.now());
      else await saveReference(this.ctx.store, tc.activity, this.ctx.now());
      await next();
    });
    this.onInstallationUpdateAdd(remember);
    this.onInstallationUpdateRemove(async (tc, next) => {
      await forgetReference(this.ctx.store, tc.activity, this.ctx.now());
      await next();
    });
    this.onMessage(async (tc, next) => {
      await saveReference(this.ctx.store, tc.activity, this.ctx.now());
      const value = tc.activity.value as Record<string, unknown> | undefined;
      if (value && typeof value[SUBMIT_VERB] === 'string') await this.decideFromSubmit(tc, value as { [SUBMIT_VERB]: string });
      else await this.answerMessage(tc);
      await next();
    });
  }

  private async answerMessage(tc: TurnContext): Promise<void> {
    const lang = langOf(tc.activity.locale);
    // In a channel the text starts with the bot's <at>mention</at>; Teams sends it as text, and sometimes as HTML entities.
    const said = messageText(TurnContext.removeRecipientMention(tc.activity) ?? tc.activity.text ?? '');
    const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(said);
    const command = m?.[1]?.toLowerCase();
    if (command !== 'checkpost') {
      await tc.sendActivity({ type: 'message', text: teamsHelp(lang), textFormat: 'markdown' });
      return;
    }
    const started = performance.now();
    const card = await this.checkAnswer(m![2] ?? '', lang);
    if ('error' in card) {
      await tc.sendActivity({ type: 'message', text: card.error, textFormat: 'markdown' });
    } else {
      // The card carries the findings; the verdict line is the notification preview (text would repeat the card).
      await tc.sendActivity({ type: 'message', summary: card.summary.split('\n')[0], attachments: [CardFactory.adaptiveCard(card.card)] });
    }
    this.ctx.metrics?.checkpostAnswered('teams', (performance.now() - started) / 1000);
  }

  /** Runs the same engine as the CLI and Slack's /checkpost on `args`. */
  private async checkAnswer(args: string, lang: Lang): Promise<{ card: AdaptiveCard; summary: string } | { error: string }> {
    const parsed = parseCheckpost(args, this.ctx.policies, this.ctx.defaultPolicyId, lang);
    if ('error' in parsed) return { error: parsed.help ? `${parsed.error}\n\n${teamsHelp(lang)}` : parsed.error };
    const result = await checkDraft(this.ctx, parsed);
    return {
      card: checkCard(result, parsed.text, { lang, kind: parsed.kind, policyName: parsed.policy.name[lang] }),
      summary: describeResult(result, lang, parsed.kind),
    };
  }

  /** Approve / Hide / Reply / Delete on an alert card (Action.Execute): decide, then answer with the new card. */
  protected override async onAdaptiveCardInvoke(tc: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    try {
      const done = await this.decideFromCard(tc, value.action.verb, value.action.data ?? {}, this.opts.invokeBudgetMs);
      return 'say' in done ? message(done.say) : cardResponse(done.card);
    } catch (err) {
      // The store or the core failed: Teams shows this line instead of a generic "something went wrong".
      this.ctx.log.error('teams: card action failed', { error: err instanceof Error ? err.message : String(err), verb: value.action?.verb });
      return message(say(langOf(tc.activity.locale), 'surface.error'));
    }
  }

  /**
   * The same buttons on a Teams client too old for Universal Actions: the card's Action.Submit fallback arrives as
   * a message whose `value` names the verb. There is no invoke to answer; the core updates the card for everyone.
   */
  private async decideFromSubmit(tc: TurnContext, value: { [SUBMIT_VERB]: string } & Record<string, unknown>): Promise<void> {
    const done = await this.decideFromCard(tc, value[SUBMIT_VERB], value);
    if ('say' in done) await tc.sendActivity({ type: 'message', text: done.say });
  }

  private async decideFromCard(
    tc: TurnContext,
    verb: string,
    data: Record<string, unknown>,
    budgetMs?: number,
  ): Promise<{ card: AdaptiveCard } | { say: string }> {
    const itemId = typeof data.itemId === 'string' ? data.itemId : undefined;
    const item = itemId ? await this.ctx.store.getItem(itemId) : undefined;
    const lang = item ? this.look.langFor(item.policyId) : langOf(tc.activity.locale);
    if (!item) return { say: render(messageOf('decision.unknown-item', { id: itemId ?? '?' }), lang) };
    if (!(ALERT_VERBS as readonly string[]).includes(verb)) return { say: say(lang, 'surface.unknown-action') };
    const decision = VERB_TO_DECISION[verb as AlertVerb];
    const replyText = typeof data.replyText === 'string' ? data.replyText.trim() : '';
    const from = tc.activity.from;
    // VIGIE_MODERATORS names Teams people `teams:<aadObjectId>`; the surface keeps a Slack or console id from matching.
    const actor: Actor = { surface: 'teams', id: from?.aadObjectId ?? from?.id ?? 'unknown', name: from?.name };
    const deciding = decide(this.ctx, { itemId: item.id, decision, actor, ...(decision === 'reply' && replyText ? { replyText } : {}) });
    const shown = {
      lang,
      policyLanguage: this.look.langFor(item.policyId),
      when: this.look.whenFor(item.policyId, lang),
      policyName: this.look.policyName(item.policyId, lang),
    };
    const outcome = budgetMs === undefined ? await deciding : await within(deciding, budgetMs);
    if (outcome) return { card: outcomeCard(outcome, shown) };

    // Too slow for Teams: answer now, and let the card follow the decision. The core replaces every alert after a
    // decision it carried out; a refusal or a platform error it leaves as is, so that card is replaced here.
    const where = referenceOf(tc.activity);
    const messageId = tc.activity.replyToId;
    void deciding
      .then(async (late) => {
        if (!late.ok && where && messageId) await this.opts.replaceCard({ surface: 'teams', channel: where.key, messageId }, late);
      })
      .catch((err: unknown) => {
        this.ctx.log.error('teams: late card action failed', { error: err instanceof Error ? err.message : String(err), itemId: item.id });
      });
    return { card: pendingCard(item, verb as AlertVerb, shown) };
  }

  /** « Vérifier ce message »: Teams asks for a dialog; the dialog is the check of the message's text. */
  protected override async handleTeamsMessagingExtensionFetchTask(
    tc: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return this.checkMessageDialog(tc, action);
  }

  /** The same, for a manifest declared without fetchTask (Teams then submits directly). */
  protected override async handleTeamsMessagingExtensionSubmitAction(
    tc: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return this.checkMessageDialog(tc, action);
  }

  private async checkMessageDialog(tc: TurnContext, action: MessagingExtensionAction): Promise<MessagingExtensionActionResponse> {
    const lang = langOf(tc.activity.locale);
    const body = action.messagePayload?.body;
    const said = messageText(body?.content ?? '', body?.contentType === 'html' || undefined);
    if (!said) return { task: { type: 'message', value: say(lang, 'check.message-empty') } };
    // A message is checked as checkpost checks it: a draft post unless it starts with --comment.
    const answer = await this.checkAnswer(said, lang);
    if ('error' in answer) return { task: { type: 'message', value: answer.error } };
    return {
      task: {
        type: 'continue',
        value: { title: say(lang, 'check.title'), height: 'medium', width: 'medium', card: CardFactory.adaptiveCard(answer.card) },
      },
    };
  }
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
}

function message(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}

/** The value if it settles within `ms`, else undefined (the promise keeps running). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
