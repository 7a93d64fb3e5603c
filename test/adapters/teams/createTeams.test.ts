import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTeams } from '../../../adapters/teams/createTeams.js';
import { REFS_NAMESPACE, type SavedRef } from '../../../adapters/teams/conversationRefs.js';
import type { Item } from '../../../src/moderation/Item.js';
import type { PlatformActions } from '../../../src/moderation/PlatformActions.js';
import { PlatformError } from '../../../src/moderation/PlatformActions.js';
import { decide } from '../../../src/moderation/decide.js';
import { testContext, type TestContext } from '../../helpers/testContext.js';
import { connectorStandIn } from './connectorStandIn.js';
import { activity, BOT, CHANNEL, flaggedItem, installedInChannel, JULIE } from './fixtures.js';

type StandIn = Awaited<ReturnType<typeof connectorStandIn>>;
const CARD = 'application/vnd.microsoft.card.adaptive';

/** Facebook as seen by the core: records what it was asked to do; `refuse` makes the next call fail as Graph would. */
function recordingPlatform() {
  const calls: { action: string; itemId: string; text?: string }[] = [];
  let refuse: PlatformError | undefined;
  let gate: Promise<void> | undefined;
  const platform: PlatformActions = {
    async hide(item) {
      await gate;
      if (refuse) throw refuse;
      calls.push({ action: 'hide', itemId: item.id });
    },
    async unhide(item) {
      calls.push({ action: 'unhide', itemId: item.id });
    },
    async delete(item) {
      calls.push({ action: 'delete', itemId: item.id });
    },
    async reply(item, text) {
      calls.push({ action: 'reply', itemId: item.id, text });
      return `${item.externalId}_reply1`;
    },
  };
  return {
    platform,
    calls,
    refuseWith: (e: PlatformError | undefined) => void (refuse = e),
    /** Hold Facebook's answer until the returned function is called. */
    hold(): () => void {
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return open;
    },
  };
}

async function listen(router: express.Router): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(router);
  const server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  // The bot's answer as the test reads it back: its shape is what the assertions check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

/** Waits for something the server does after answering (bounded by the test's timeout; no timing is asserted). */
async function until<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const hit = probe();
    if (hit !== undefined) return hit;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function cardText(card: unknown): string {
  return JSON.stringify(card);
}

describe('Teams over HTTP (VIGIE_TEAMS_LOCAL: no MicrosoftAppId, loopback only)', () => {
  let connector: StandIn;
  let t: TestContext;
  let fb: ReturnType<typeof recordingPlatform>;
  let base: string;
  let server: Server;
  let teams: ReturnType<typeof createTeams>;

  async function start(opts: { moderators?: string[]; invokeBudgetMs?: number; local?: boolean } = {}) {
    fb = recordingPlatform();
    t = await testContext({ surfaces: ['slack'], platform: fb.platform, moderators: opts.moderators, now: '2026-03-10T10:05:00-04:00' });
    teams = createTeams(t.ctx, { invokeBudgetMs: opts.invokeBudgetMs, local: opts.local ?? true });
    t.ctx.surfaces.push(teams.surface);
    ({ url: base, server } = await listen(teams.router));
  }

  beforeEach(async () => {
    connector = await connectorStandIn();
  });
  afterEach(async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
    await connector.close();
    await t?.close();
  });

  describe('checkpost', () => {
    beforeEach(() => start());

    it('answers a message in a personal chat with the check, in French, as a reply to that message', async () => {
      const msg = activity(connector.url, { type: 'message', text: 'checkpost --post Vous êtes des imbéciles et des incompétents!' });
      const res = await post(base, msg);
      expect(res.status).toBe(200);
      expect(connector.calls).toHaveLength(1);
      const reply = connector.calls[0]!;
      expect(reply.method).toBe('POST');
      expect(reply.conversationId).toBe('a:1personal-chat-julie');
      expect(reply.activityId).toBe(msg.id);
      expect(reply.body.attachments[0].contentType).toBe(CARD);
      const card = cardText(reply.body.attachments[0].content);
      expect(card).toContain('Vérification du projet de publication — Ne pas publier tel quel');
      expect(card).toContain('imbéciles');
      expect(reply.body.summary).toMatch(/^Ne pas publier tel quel — \d constats?$/); // describeResult's verdict line, as the CLI says it
      // The chat is remembered for proactive messages.
      expect((await t.store.getValue<SavedRef>(REFS_NAMESPACE, 'a:1personal-chat-julie'))?.conversationType).toBe('personal');
    });

    it('checks a staff draft post unless told --comment: an English-only draft for the French ministry is flagged', async () => {
      const draft = 'The Ministry launches a new employment program for young people.';
      await post(base, activity(connector.url, { type: 'message', text: `checkpost ${draft}` }));
      await post(base, activity(connector.url, { type: 'message', text: `checkpost --comment ${draft}` }));
      const [asPost, asComment] = connector.calls.map((c) => c.body);
      expect(cardText(asPost.attachments[0].content)).toContain('Vérification du projet de publication');
      expect(asPost.summary).toMatch(/^À réviser avant publication — 1 constat$/);
      expect(cardText(asComment.attachments[0].content)).toContain('Vérification du commentaire');
      expect(asComment.summary).toBe('Conforme — Rien à signaler selon la politique.');
    });

    it('takes an @mention in a channel thread, without the mention, and answers in English for an English locale', async () => {
      const msg = activity(connector.url, {
        type: 'message',
        locale: 'en-US',
        text: '<at>Vigie</at> checkpost --comment --policy ombudsman-ontario Thank you for the update on the new office hours.',
        entities: [{ type: 'mention', text: '<at>Vigie</at>', mentioned: BOT }],
        conversation: { id: `${CHANNEL};messageid=1699999999001`, conversationType: 'channel', isGroup: true } as never,
        channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team0001@thread.tacv2' }, channel: { id: CHANNEL } },
      });
      const res = await post(base, msg);
      expect(res.status).toBe(200);
      const reply = connector.calls[0]!;
      expect(reply.conversationId).toBe(`${CHANNEL};messageid=1699999999001`);
      const card = cardText(reply.body.attachments[0].content);
      expect(card).toContain('Comment check — Compliant');
      expect(card).not.toContain('<at>');
      // The channel itself (not the thread) is what alerts will use.
      expect((await t.store.getValue<SavedRef>(REFS_NAMESPACE, CHANNEL))?.ref.conversation?.id).toBe(CHANNEL);
    });

    it('explains the usage for an unknown policy or anything that is not a command', async () => {
      await post(base, activity(connector.url, { type: 'message', text: 'checkpost --policy nowhere Bonjour' }));
      await post(base, activity(connector.url, { type: 'message', text: 'bonjour Vigie' }));
      expect(connector.calls[0]!.body.text).toMatch(/politique inconnue 'nowhere'.*mess-quebec/);
      expect(connector.calls[1]!.body.text).toMatch(/checkpost --comment TEXTE/);
    });

    it('checks any message from its menu (« Vérifier ce message ») and shows the result in a dialog', async () => {
      const res = await post(
        base,
        activity(connector.url, {
          type: 'invoke',
          name: 'composeExtension/fetchTask',
          value: {
            commandId: 'checkMessage',
            commandContext: 'message',
            messagePayload: {
              id: '1699999999002',
              body: { contentType: 'html', content: '<p>Venez voir nos <b>imbéciles</b> d&#39;élus&nbsp;!</p>' },
              from: { user: { id: '29:2paul', displayName: 'Paul' } },
            },
          },
        }),
      );
      expect(res.status).toBe(200);
      expect(res.json.task.type).toBe('continue');
      const card = cardText(res.json.task.value.card.content);
      expect(res.json.task.value.card.contentType).toBe(CARD);
      expect(card).toContain('Vérification du projet de publication');
      expect(card).toContain("Venez voir nos imbéciles d'élus !");
      expect(connector.calls).toHaveLength(0);
    });

    it('answers the same check when Teams submits the action directly, and says when a message has no text', async () => {
      const submit = (content: string, locale = 'en-US') =>
        post(
          base,
          activity(connector.url, {
            type: 'invoke',
            name: 'composeExtension/submitAction',
            locale,
            value: { commandId: 'checkMessage', commandContext: 'message', messagePayload: { id: '1', body: { contentType: 'text', content } } },
          }),
        );
      const checked = await submit('--comment Thanks for the quick answer!');
      expect(cardText(checked.json.task.value.card.content)).toContain('Comment check');
      const empty = await submit('<p>&nbsp;</p>');
      expect(empty.json.task).toEqual({ type: 'message', value: 'This message has no text to check.' });
    });
  });

  describe('alert buttons (Action.Execute)', () => {
    async function alerted(over: Partial<Item> = {}): Promise<{ item: Item; messageId: string }> {
      await post(base, installedInChannel(connector.url));
      const item = flaggedItem(over);
      const ref = await teams.surface.notify(item);
      const stored = { ...item, alerts: [ref!] };
      await t.store.putItem(stored);
      return { item: stored, messageId: ref!.messageId };
    }

    function click(verb: string, itemId: string, messageId: string, extra: Record<string, unknown> = {}, from = JULIE) {
      return post(
        base,
        activity(connector.url, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          from,
          replyToId: messageId,
          conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true } as never,
          channelData: { tenant: { id: 'tenant-1' }, channel: { id: CHANNEL } },
          value: { action: { type: 'Action.Execute', verb, data: { itemId, ...extra } }, trigger: 'manual' },
        }),
      );
    }

    it('hides the comment once, replaces the card for the clicker and for the channel, and audits who did it', async () => {
      await start();
      const { item, messageId } = await alerted();
      const first = await click('hide', item.id, messageId);
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({ statusCode: 200, type: CARD });
      expect(first.json.value.actions).toBeUndefined();
      expect(cardText(first.json.value)).toMatch(/Masqué par Julie Tremblay le mardi 10 mars à 10 h 05/);

      expect(fb.calls).toEqual([{ action: 'hide', itemId: item.id }]);
      expect((await t.store.getItem(item.id))?.status).toBe('hidden');
      const audit = await t.store.listAudit();
      expect(audit.at(-1)).toMatchObject({ decision: 'hide', actor: 'teams:aad-julie-0001', actorName: 'Julie Tremblay', result: 'ok' });

      const put = connector.calls.filter((c) => c.method === 'PUT');
      expect(put).toHaveLength(1);
      expect(put[0]!.activityId).toBe(messageId);
      expect(put[0]!.body.attachments[0].content).toEqual(first.json.value); // the same card on both paths

      // A double click: nothing is done again, and the card says so.
      const second = await click('hide', item.id, messageId);
      expect(cardText(second.json.value)).toContain('Déjà traité : Masqué le mardi 10 mars à 10 h 05');
      expect(fb.calls).toHaveLength(1);
      expect(connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    });

    it('publishes the reply typed in the card', async () => {
      await start();
      const { item, messageId } = await alerted();
      const res = await click('reply', item.id, messageId, { replyText: '  Merci, nous vous écrivons en privé.  ' });
      expect(fb.calls).toEqual([{ action: 'reply', itemId: item.id, text: 'Merci, nous vous écrivons en privé.' }]);
      expect(cardText(res.json.value)).toContain('Répondu par Julie Tremblay');
      expect(cardText(res.json.value)).toContain('Merci, nous vous écrivons en privé.');
    });

    it('keeps the buttons with the reason when Facebook refuses, and lets the next click try again', async () => {
      await start();
      const { item, messageId } = await alerted();
      fb.refuseWith(new PlatformError('Le jeton de page a expiré : renouvelez FACEBOOK_PAGE_TOKEN', 'token_expired', 401));
      const res = await click('hide', item.id, messageId);
      expect(res.json.value.actions.filter((a: { type: string }) => a.type === 'Action.Execute')).toHaveLength(4);
      expect(cardText(res.json.value)).toContain('Échec : Le jeton de la page Facebook est expiré');
      fb.refuseWith(undefined);
      await click('hide', item.id, messageId);
      expect(fb.calls).toEqual([{ action: 'hide', itemId: item.id }]);
    });

    it('refuses someone who is not a moderator (VIGIE_MODERATORS lists teams:<Entra object id>)', async () => {
      await start({ moderators: ['teams:aad-someone-else'] });
      const { item, messageId } = await alerted();
      const res = await click('delete', item.id, messageId);
      expect(cardText(res.json.value)).toMatch(/Seules les personnes désignées dans VIGIE_MODERATORS/);
      expect(fb.calls).toHaveLength(0);
      expect((await t.store.getItem(item.id))?.status).toBe('open');
      // The attempt is audited as Slack's are (issue 15 item 3: Teams' refusals never reached the audit log).
      expect((await t.store.listAudit()).filter((a) => a.result === 'error')).toMatchObject([
        {
          itemId: item.id,
          decision: 'delete',
          actor: 'teams:aad-julie-0001',
          actorName: 'Julie Tremblay',
          detail: 'refused: not listed in VIGIE_MODERATORS',
        },
      ]);
    });

    it('never takes a Slack or console moderator id for a Teams one, and takes the teams: one', async () => {
      await start({ moderators: ['slack:aad-julie-0001', 'console', 'slack:U0BOSS'] });
      const { item, messageId } = await alerted();
      for (const from of [JULIE, { id: 'console', name: 'console' }, { id: '29:x', aadObjectId: 'U0BOSS', name: 'Boss' }]) {
        const res = await click('delete', item.id, messageId, {}, from as typeof JULIE);
        expect(cardText(res.json.value)).toMatch(/Seules les personnes désignées dans VIGIE_MODERATORS/);
      }
      expect(fb.calls).toHaveLength(0);
      t.ctx.moderators = ['teams:aad-julie-0001'];
      await click('hide', item.id, messageId);
      expect(fb.calls).toEqual([{ action: 'hide', itemId: item.id }]);
    });

    it('says so when the item is gone or the verb unknown', async () => {
      await start();
      const { item, messageId } = await alerted();
      const gone = await click('hide', 'facebook:nope', messageId);
      expect(gone.json).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/introuvable/) });
      const odd = await click('explode', item.id, messageId);
      expect(odd.json.value).toMatch(/Action inconnue/);
      expect(fb.calls).toHaveLength(0);
    });

    it('answers with a sentence, not an error page, when the store fails mid-click', async () => {
      await start();
      const { item, messageId } = await alerted();
      await t.store.close();
      const res = await click('hide', item.id, messageId);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/n’a pas pu traiter/) });
      expect(t.logs.some((l) => l.level === 'error' && /card action failed/.test(l.msg))).toBe(true);
      expect(fb.calls).toHaveLength(0);
    });

    it('takes the Action.Submit fallback of older clients as the same decision', async () => {
      await start();
      const { item, messageId } = await alerted();
      const submit = (data: Record<string, unknown>) =>
        post(
          base,
          activity(connector.url, {
            type: 'message',
            replyToId: messageId,
            conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true } as never,
            channelData: { tenant: { id: 'tenant-1' }, channel: { id: CHANNEL } },
            value: data,
          }),
        );
      expect((await submit({ vigieVerb: 'hide', itemId: item.id, replyText: '' })).status).toBe(200);
      expect(fb.calls).toEqual([{ action: 'hide', itemId: item.id }]);
      const put = connector.calls.filter((c) => c.method === 'PUT');
      expect(put).toHaveLength(1);
      expect(cardText(put[0]!.body)).toContain('Masqué par Julie Tremblay');
      expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1); // the alert only: no chat reply

      await submit({ vigieVerb: 'hide', itemId: 'facebook:gone' });
      expect(connector.calls.at(-1)!.body.text).toMatch(/introuvable/);
    });

    it('answers "in progress" when Facebook is slower than Teams waits, then replaces the card with the outcome', async () => {
      await start({ invokeBudgetMs: 1 });
      const { item, messageId } = await alerted();
      const open = fb.hold();
      const res = await click('hide', item.id, messageId);
      expect(cardText(res.json.value)).toContain('⏳ Masquer : en cours');
      expect(res.json.value.actions).toBeUndefined();
      open();
      const put = await until(() => connector.calls.find((c) => c.method === 'PUT'));
      expect(put.activityId).toBe(messageId);
      expect(cardText(put.body)).toContain('Masqué par Julie Tremblay');
    });

    it('replaces the "in progress" card with the reason when Facebook refuses late', async () => {
      await start({ invokeBudgetMs: 1 });
      const { item, messageId } = await alerted();
      const open = fb.hold();
      fb.refuseWith(new PlatformError('Meta limite les appels : réessayez dans une minute', 'rate_limited', 429));
      const res = await click('hide', item.id, messageId);
      expect(cardText(res.json.value)).toContain('en cours');
      open();
      const put = await until(() => connector.calls.find((c) => c.method === 'PUT'));
      expect(put.conversationId).toBe(CHANNEL);
      expect(put.activityId).toBe(messageId);
      expect(cardText(put.body)).toContain('Échec : Facebook limite le nombre d’appels');
      expect(put.body.attachments[0].content.actions.filter((a: { type: string }) => a.type === 'Action.Execute')).toHaveLength(4);
    });

    it('replaces the Teams card when the decision is made in Slack', async () => {
      await start();
      const { item, messageId } = await alerted();
      await decide(t.ctx, { itemId: item.id, decision: 'approve', actor: { surface: 'slack', id: 'U0JULIE', name: 'julie' } });
      const put = connector.calls.find((c) => c.method === 'PUT')!;
      expect(put.activityId).toBe(messageId);
      expect(cardText(put.body)).toContain('Approuvé par julie');
    });
  });

  describe('who may call it', () => {
    it('without MicrosoftAppId and without VIGIE_TEAMS_LOCAL, refuses every activity with 401 and a reason', async () => {
      await start({ local: false });
      const { item } = { item: flaggedItem() };
      await t.store.putItem(item);
      const forged = activity(connector.url, {
        type: 'message',
        from: { id: 'console', name: 'x' },
        value: { vigieVerb: 'delete', itemId: item.id },
      });
      for (const body of [forged, installedInChannel(connector.url), activity(connector.url, { type: 'message', text: 'checkpost Bonjour' })]) {
        const res = await post(base, body);
        expect(res.status).toBe(401);
        expect(res.json).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/MicrosoftAppId.*VIGIE_TEAMS_LOCAL/) });
      }
      expect(fb.calls).toHaveLength(0);
      expect(connector.calls).toHaveLength(0);
      expect(await t.store.listValues(REFS_NAMESPACE)).toEqual([]);
      expect((await t.store.getItem(item.id))?.status).toBe('open');
    });

    it('in local mode, posts nowhere but this machine: a serviceUrl elsewhere is refused and no reference is kept', async () => {
      await start();
      for (const serviceUrl of ['http://169.254.169.254/latest/', 'https://smba.trafficmanager.net/amer/', 'http://127.0.0.1.evil.example/']) {
        const res = await post(base, installedInChannel(serviceUrl));
        expect(res.status).toBe(401);
        expect(res.json.message).toMatch(/serviceUrl must be on this machine/);
      }
      expect(await t.store.listValues(REFS_NAMESPACE)).toEqual([]);
      expect((await post(base, installedInChannel(connector.url))).status).toBe(200);
      expect(await t.store.listValues(REFS_NAMESPACE)).toHaveLength(1);
    });
  });

  describe('installation', () => {
    beforeEach(() => start());

    it('remembers the channel on installation and stops posting there once the app is removed', async () => {
      expect((await post(base, installedInChannel(connector.url))).status).toBe(200);
      expect(connector.calls).toHaveLength(0); // installing is silent
      expect(await teams.surface.notify(flaggedItem())).toMatchObject({ channel: CHANNEL });

      const removed = installedInChannel(connector.url) as Record<string, unknown> & { channelData: { eventType: string } };
      delete removed.membersAdded;
      removed.membersRemoved = [{ id: BOT.id, name: BOT.name }];
      removed.channelData.eventType = 'teamMemberRemoved';
      expect((await post(base, removed)).status).toBe(200);
      expect(await teams.surface.notify(flaggedItem())).toBeUndefined();
      expect(t.logs.some((l) => l.level === 'warn' && /add the Vigie app/.test(l.msg))).toBe(true);

      await post(base, installedInChannel(connector.url)); // added back
      expect(await teams.surface.notify(flaggedItem())).toMatchObject({ channel: CHANNEL });
      expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(2);
    });
  });

  describe('failures', () => {
    beforeEach(() => start());

    it('tells the person in the chat when Vigie cannot work, and logs why', async () => {
      await t.store.close();
      const res = await post(base, activity(connector.url, { type: 'message', text: 'checkpost Bonjour' }));
      expect(res.status).toBe(200);
      expect(connector.calls.at(-1)!.body.text).toMatch(/Vigie n’a pas pu traiter la demande/);
      expect(t.logs.some((l) => l.level === 'error' && l.msg === 'teams: turn failed')).toBe(true);
    });
  });

  describe('bad input', () => {
    beforeEach(() => start());

    it('answers 400 with a reason, never a stack trace', async () => {
      const notJson = await post(base, '{"type": "message",');
      expect(notJson.status).toBe(400);
      expect(notJson.json).toEqual({ error: 'invalid_json', message: 'the body is not valid JSON' });
      const noType = await post(base, { text: 'checkpost x' });
      expect(noType.status).toBe(400);
      expect(noType.json).toEqual({ error: 'bad_activity', message: 'not a Bot Framework activity: "type" is missing' });
      const noServiceUrl = await post(base, { type: 'message', conversation: { id: 'a:1' } });
      expect(noServiceUrl.json.message).toMatch(/serviceUrl/);
      const list = await post(base, []);
      expect(list.json.message).toMatch(/JSON object/);
      const huge = await post(base, activity(connector.url, { type: 'message', text: `checkpost ${'a'.repeat(1_100_000)}` }));
      expect(huge.status).toBe(413);
      expect(huge.json.error).toBe('too_large');
      for (const r of [notJson, noType, noServiceUrl, list, huge]) expect(r.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(connector.calls).toHaveLength(0);
    });
  });
});
