import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { teamsSurface } from '../../../adapters/teams/teamsSurface.js';
import { saveReference, REFS_NAMESPACE, type SavedRef } from '../../../adapters/teams/conversationRefs.js';
import type { ChatSurface } from '../../../src/moderation/ChatSurface.js';
import type { Reminder, Digest } from '../../../src/sla/types.js';
import { tempStore, type TempStore } from '../../helpers/tempStore.js';
import { connectorStandIn } from './connectorStandIn.js';
import { activity, bareContext, CHANNEL, flaggedItem, installedInChannel, plainLook, recordingLog } from './fixtures.js';

type StandIn = Awaited<ReturnType<typeof connectorStandIn>>;
const CARD = 'application/vnd.microsoft.card.adaptive';

describe('Teams surface (proactive messages through saved conversation references)', () => {
  let connector: StandIn;
  let store: TempStore;
  let log: ReturnType<typeof recordingLog>;
  let surface: ChatSurface;

  function make(channel?: string): ChatSurface {
    // No app id: the Bot Framework's local-testing mode, replies go out without a token.
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    return teamsSurface(bareContext(store, log), { adapter, appId: '', channel, look: plainLook });
  }

  beforeEach(async () => {
    connector = await connectorStandIn();
    store = await tempStore();
    log = recordingLog();
    surface = make();
  });
  afterEach(async () => {
    await connector.close();
    await store.close();
  });

  it('posts a flagged comment to the channel the app was installed in, as a card with the four decisions', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const ref = await surface.notify(flaggedItem());

    expect(connector.calls).toHaveLength(1);
    const call = connector.calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.conversationId).toBe(CHANNEL);
    expect(call.activityId).toBeUndefined();
    expect(call.headers.authorization).toBeUndefined();
    expect(ref).toEqual({ surface: 'teams', channel: CHANNEL, messageId: expect.stringMatching(/^1700000000\d{3}$/) });

    const attachment = call.body.attachments[0];
    expect(attachment.contentType).toBe(CARD);
    const card = attachment.content;
    expect(card.version).toBe('1.5');
    const execute = card.actions.filter((a: { type: string }) => a.type === 'Action.Execute');
    expect(execute[1].fallback).toEqual({ type: 'Action.Submit', title: 'Masquer', data: { itemId: 'facebook:111_222', vigieVerb: 'hide' } });
    expect(execute.map((a: { verb: string; title: string; data: { itemId: string } }) => [a.verb, a.title, a.data.itemId])).toEqual([
      ['approve', 'Approuver', 'facebook:111_222'],
      ['hide', 'Masquer', 'facebook:111_222'],
      ['reply', 'Répondre', 'facebook:111_222'],
      ['delete', 'Supprimer', 'facebook:111_222'],
    ]);
    const json = JSON.stringify(card);
    expect(json).toContain('Commentaire à masquer');
    expect(json).toContain('Insulte : « incompétents »');
    expect(json).toContain('propos injurieux, haineux ou diffamatoires');
    expect(json).toContain('Vous êtes des \\\\*incompétents\\\\*'); // the commenter's asterisks are not markdown
    const input = card.body.find((b: { type: string }) => b.type === 'Input.Text');
    expect(input).toMatchObject({ id: 'replyText', value: 'Écrivez-nous en privé, nous vous rappellerons.' });
    expect(card.actions.at(-1)).toMatchObject({ type: 'Action.OpenUrl', url: flaggedItem().permalink });
  });

  it('shows the item’s number, the one the console shows and `/masquer N` takes', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    await surface.notify({ ...flaggedItem(), number: 5 });
    const facts = connector.calls[0]!.body.attachments[0].content.body.find((b: { type: string }) => b.type === 'FactSet').facts;
    expect(facts).toContainEqual({ title: 'Numéro', value: '5' });
  });

  it('says when a question awaits a reply, and when the author is a repeat offender', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    await surface.notify(
      flaggedItem({ verdict: 'ok', needsReply: true, check: { verdict: 'ok', findings: [] }, suggestBlock: { violations: 3, threshold: 3 } }),
    );
    const body = connector.calls[0]!.body;
    expect(body.summary).toBe('Réponse attendue — Gaston L.');
    expect(JSON.stringify(body)).toContain('Auteur récidiviste : 3 infractions sur cette page (seuil 3)');
  });

  it("prefills the prescribed reply in the commenter's language", async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const item = flaggedItem();
    await surface.notify({ ...item, check: { ...item.check!, language: 'en' } });
    const input = connector.calls[0]!.body.attachments[0].content.body.find((b: { type: string }) => b.type === 'Input.Text');
    expect(input.value).toBe('Write to us privately; we will call you back.');
    expect(input.label).toBe('Réponse publiée sous le commentaire'); // the team still reads French
  });

  it('returns the id the Connector gave the message, so the card can be replaced in place', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const ref = await surface.notify(flaggedItem());
    expect(ref?.messageId).toMatch(/^1700000000\d{3}$/);

    await surface.update(ref!, {
      item: { ...flaggedItem(), status: 'hidden', decision: 'hide' },
      decision: 'hide',
      by: { surface: 'slack', id: 'U123', name: 'julie' },
      at: '2026-03-10T14:07:00.000Z',
      ok: true,
    });
    const put = connector.calls[1]!;
    expect(put.method).toBe('PUT');
    expect(put.conversationId).toBe(CHANNEL);
    expect(put.activityId).toBe(ref!.messageId);
    const card = put.body.attachments[0].content;
    expect(card.actions).toBeUndefined();
    expect(JSON.stringify(card)).toContain('Masqué par julie le 2026-03-10T14:07:00.000Z');
  });

  it('keeps the buttons and shows the reason when the platform refused the decision', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const ref = (await surface.notify(flaggedItem()))!;
    await surface.update(ref, {
      item: flaggedItem(),
      decision: 'hide',
      by: { surface: 'teams', id: 'aad-julie-0001', name: 'Julie' },
      at: '2026-03-10T14:07:00.000Z',
      ok: false,
      error: { code: 'platform.token_expired', params: {} },
    });
    const card = connector.calls[1]!.body.attachments[0].content;
    expect(card.actions.filter((a: { type: string }) => a.type === 'Action.Execute')).toHaveLength(4);
    expect(JSON.stringify(card)).toContain('Échec : Le jeton de la page Facebook est expiré ou invalide');
  });

  it('threads a reminder under the alert in a channel, and posts it on its own without an alert', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const ref = (await surface.notify(flaggedItem()))!;
    const reminder: Reminder = {
      kind: 'due-soon',
      item: flaggedItem(),
      deadline: '2026-03-11T10:00:00-04:00',
      businessMinutesLeft: 60,
      mark: 'facebook:111_222:due-soon:60',
    };
    await surface.remind(reminder, ref);
    await surface.remind({ ...reminder, kind: 'breached', businessMinutesLeft: -15 }, undefined);

    const [, threaded, alone] = connector.calls;
    expect(threaded!.conversationId).toBe(`${CHANNEL};messageid=${ref.messageId}`);
    expect(threaded!.body.summary).toBe('Échéance proche');
    expect(JSON.stringify(threaded!.body)).toContain('[fr] due-soon, 60 min');
    expect(threaded!.body.attachments[0].content.actions).toBeUndefined(); // the alert just above has the link
    expect(alone!.conversationId).toBe(CHANNEL);
    expect(alone!.activityId).toBeUndefined();
    expect(alone!.body.summary).toBe('Échéance dépassée');
    expect(JSON.stringify(alone!.body)).toContain('[fr] breached, -15 min');
    expect(alone!.body.attachments[0].content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Voir sur Facebook', url: flaggedItem().permalink },
    ]);
  });

  it('threads a reminder in a group chat as a reply to the alert', async () => {
    const group = { id: '19:groupchat-comms@thread.v2', conversationType: 'groupChat', isGroup: true } as never;
    await saveReference(store, activity(connector.url, { type: 'message', text: 'aide', conversation: group }), new Date('2026-03-01T12:00:00Z'));
    const ref = (await surface.notify(flaggedItem()))!;
    expect(ref.channel).toBe('19:groupchat-comms@thread.v2');
    await surface.remind(
      { kind: 'before-closing', item: flaggedItem(), deadline: '2026-03-11T10:00:00-04:00', businessMinutesLeft: 30, mark: 'm' },
      ref,
    );
    expect(connector.calls[1]).toMatchObject({ conversationId: '19:groupchat-comms@thread.v2', activityId: ref.messageId });
    expect(connector.calls[1]!.body.replyToId).toBe(ref.messageId);
  });

  it('posts the digest in the policy language with its figures', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T12:00:00Z'));
    const stats = { open: 3, dueToday: 2, breached: 1, answeredInTime: 4, answeredLate: 1, medianReplyHours: 2.5 };
    const digest: Digest = {
      policyId: 'ombudsman-ontario',
      at: '2026-03-11T12:30:00.000Z',
      previousBusinessDay: '2026-03-10',
      totals: stats,
      byAccount: { 'Ombudsman Ontario': stats },
      byCategory: { complaint: { ...stats, open: 2 } },
      dueToday: [flaggedItem({ policyId: 'ombudsman-ontario' })],
      breached: [],
    };
    await surface.digest(digest);
    const json = JSON.stringify(connector.calls[0]!.body);
    expect(connector.calls[0]!.conversationId).toBe(CHANNEL);
    expect(json).toContain('Daily digest');
    expect(json).toContain('{"title":"Median reply","value":"2.5 business h"}');
    expect(json).toContain('Ombudsman Ontario');

    await surface.digest({ ...digest, catchUp: { held: 40 } });
    const catchUp = JSON.stringify(connector.calls[1]!.body);
    expect(catchUp).toContain('Reminders catch-up');
    expect(catchUp).toContain('40 reminder(s) came due at once');
    expect(catchUp).not.toContain('Daily digest');
  });

  it("prefers the item's own channel, then the configured one, then the first channel saved", async () => {
    const other = '19:otherchannel@thread.tacv2';
    await saveReference(store, activity(connector.url, { type: 'message', text: 'aide' }), new Date('2026-02-01T00:00:00Z'));
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T00:00:00Z'));
    const second = installedInChannel(connector.url);
    const fields = second as { conversation: { id: string }; channelData: { channel: { id: string } } };
    fields.conversation.id = `${other};messageid=1699999999999`; // first addressed in a thread of that channel
    fields.channelData.channel.id = other;
    await saveReference(store, second, new Date('2026-03-02T00:00:00Z'));
    expect((await store.getValue<SavedRef>(REFS_NAMESPACE, other))?.ref.conversation?.id).toBe(other);

    await surface.notify(flaggedItem()); // first channel saved (not the earlier personal chat)
    await surface.notify(flaggedItem({ channels: { teams: [other] } }));
    await make(other).notify(flaggedItem());
    expect(connector.calls.map((c) => c.conversationId)).toEqual([CHANNEL, other, other]);
  });

  it('says what to do when no conversation is known, and does not post elsewhere', async () => {
    expect(await surface.notify(flaggedItem())).toBeUndefined();
    // Someone chatting with the bot does not make their personal chat the team's alert channel.
    await saveReference(store, activity(connector.url, { type: 'message', text: 'aide' }), new Date('2026-02-01T00:00:00Z'));
    expect(await surface.notify(flaggedItem())).toBeUndefined();
    expect(await make('a:1personal-chat-julie').notify(flaggedItem())).toMatchObject({ channel: 'a:1personal-chat-julie' });
    connector.calls.length = 0;
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T00:00:00Z'));
    expect(await surface.notify(flaggedItem({ channels: { teams: ['19:unknown@thread.tacv2'] } }))).toBeUndefined();
    expect(connector.calls).toHaveLength(0);
    const warnings = log.lines.filter((l) => l.level === 'warn').map((l) => l.msg);
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toMatch(/'19:unknown@thread.tacv2'.*add the Vigie app to the channel/);
  });

  it('fails loudly when the Connector refuses, saying what to do, and forgets a conversation Vigie was removed from', async () => {
    await saveReference(store, installedInChannel(connector.url), new Date('2026-03-01T00:00:00Z'));
    connector.failWith(401, { error: { code: 'Unauthorized', message: 'Authorization has been denied for this request.' } });
    await expect(surface.notify(flaggedItem())).rejects.toThrow(/check MicrosoftAppId, MicrosoftAppPassword/);
    connector.failWith(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    await expect(surface.notify(flaggedItem())).rejects.toThrow(
      `Vigie is not a member of '${CHANNEL}' any more: add the Vigie app to it again (BotNotInConversationRoster: The bot is not part of the conversation roster.)`,
    );
    expect((await store.getValue<SavedRef>(REFS_NAMESPACE, CHANNEL))?.removedAt).toBe('2026-03-10T14:05:00.000Z');
    expect(await surface.notify(flaggedItem())).toBeUndefined(); // not tried again until the app is added back
    expect(connector.calls).toHaveLength(2);
  });
});
