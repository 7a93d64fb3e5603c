import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GRAPH_VERSION } from '../../../adapters/facebook/graphActions.js';
import { decide } from '../../../src/moderation/decide.js';
import { recoverPending } from '../../../src/moderation/recoverPending.js';
import { runDigest } from '../../../src/moderation/runDigest.js';
import { loadRouting } from '../../../src/moderation/routing.js';
import { buildDigest } from '../../../src/sla/buildDigest.js';
import { interactionBody, postSigned, replySubmissionBody } from '../../helpers/slackSign.js';
import { clickPayload, SECRET, slackApi, warmEngine } from '../slack/slackHarness.js';
import { GRAPH, PAGE, PAGE_TOKEN, startMeta, type MetaHarness } from './metaHarness.js';

const PSID = '6120394857362514';
const MID = 'm_AbCdEf0123456789';
const TEXT = 'Bonjour, mon fils a été blessé au parc Saint-Jean hier, à qui dois-je envoyer le rapport médical de la clinique?';

/** A Page delivery carrying one Messenger event (timestamps in milliseconds, as Messenger sends them). */
function messaging(event: Record<string, unknown>) {
  return { object: 'page', entry: [{ id: PAGE, time: Date.parse('2026-03-03T15:00:01Z'), messaging: [event] }] };
}
const incoming = (mid = MID, text = TEXT, at = '2026-03-03T15:00:00Z') =>
  messaging({ sender: { id: PSID }, recipient: { id: PAGE }, timestamp: Date.parse(at), message: { mid, text } });
const echo = (mid: string, text: string, at = '2026-03-03T16:00:00Z') =>
  messaging({
    sender: { id: PAGE },
    recipient: { id: PSID },
    timestamp: Date.parse(at),
    message: { mid, text, is_echo: true, app_id: 1517776481860111 },
  });

type Block = { type: string; text?: { text: string }; fields?: { text: string }[] };
const textOf = (blocks: Block[]) => blocks.map((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n')).join('\n');

function routing(withModeratorsChannel: boolean) {
  return {
    ...loadRouting(undefined, {}),
    pages: new Map([
      [
        PAGE,
        {
          policyId: 'senneterre',
          pageName: 'Ville de Senneterre',
          channels: { slack: ['C0SENNE'] },
          ...(withModeratorsChannel ? { messageChannels: { slack: ['G0MODS'] } } : {}),
        },
      ],
    ]),
  };
}

/** The Reply modal's submission, as Slack posts it. */
function submitReply(h: MetaHarness, privateMetadata: string, value: string) {
  return postSigned(h.url, SECRET, replySubmissionBody(privateMetadata, value));
}

/** The Send API, intercepted: records each request body and answers with a message id. */
function sendApi() {
  const sent: unknown[] = [];
  const auth: string[] = [];
  nock(GRAPH)
    .persist()
    .post(`/${GRAPH_VERSION}/me/messages`)
    .reply(function (_uri, body) {
      sent.push(body);
      auth.push(this.req.headers.authorization as string);
      return [200, { recipient_id: PSID, message_id: `m_reply_${sent.length}` }];
    });
  return { sent, auth };
}

beforeAll(() => warmEngine());
let h: MetaHarness;
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

describe('a private message to the Page, from the signed webhook to a reply through the Send API', () => {
  it('is alerted once in the moderators’ channel, sender masked, answered from the alert, and the alert updated', async () => {
    const api = slackApi();
    const send = sendApi();
    h = await startMeta(routing(true));
    const res = await h.deliver('/webhooks/facebook', incoming());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 1, duplicates: 0 });
    await h.settled();
    expect(await (await h.deliver('/webhooks/facebook', incoming())).json()).toEqual({ received: 0, duplicates: 1 });
    await h.settled();

    const item = (await h.t.store.getItem(`messenger:${MID}`))!;
    // A private message always awaits an answer, within the policy's delay for messages.
    expect(item).toMatchObject({ kind: 'message', source: 'messenger', status: 'open', needsReply: true, author: { id: PSID } });
    expect(item.textWithheld).toBeUndefined();
    expect(item.deadline).toBeTruthy();
    expect(api.of('chat.postMessage')).toHaveLength(1);
    const alert = api.of('chat.postMessage')[0]!.body;
    expect(alert.channel).toBe('G0MODS');
    const shown = JSON.stringify(alert);
    expect(shown).toContain('parc Saint-Jean');
    expect(textOf(alert.blocks as Block[])).toContain('✉ …2514');
    expect(shown).not.toContain(PSID);

    const ref = item.alerts!.find((a) => a.surface === 'slack')!;
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_reply', item.id, 'U0JULIE', ref.messageId)));
    await vi.waitFor(() => expect(api.of('views.open')).toHaveLength(1));
    const view = api.of('views.open')[0]!.body.view as { private_metadata: string };
    expect((await submitReply(h, view.private_metadata, 'Bonjour, envoyez-le à greffe@senneterre.ca. Prompt rétablissement!')).status).toBe(200);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(send.sent).toEqual([
      {
        recipient: { id: PSID },
        messaging_type: 'RESPONSE',
        message: { text: 'Bonjour, envoyez-le à greffe@senneterre.ca. Prompt rétablissement!' },
      },
    ]);
    expect(send.auth).toEqual([`Bearer ${PAGE_TOKEN}`]);
    expect(api.of('chat.update')[0]!.body).toMatchObject({ channel: 'G0MODS', ts: ref.messageId });
    expect(textOf(api.of('chat.update')[0]!.body.blocks as Block[])).toContain('Répondu par <@U0JULIE>');
    expect(await h.t.store.getItem(item.id)).toMatchObject({ status: 'answered', answeredBy: 'julie' });

    // Messenger echoes the Page's own message: Vigie's reply is recognized, not a second answer nor a new item.
    expect(await (await h.deliver('/webhooks/facebook', echo('m_reply_1', 'Bonjour, envoyez-le…'))).json()).toEqual({ received: 0, duplicates: 1 });
    expect(await h.t.store.listItems()).toHaveLength(1);
  });

  it('without a moderators’ channel for messages, the alert and its update never show the text nor the answer', async () => {
    const api = slackApi();
    sendApi();
    h = await startMeta(routing(false));
    await h.deliver('/webhooks/facebook', incoming());
    await h.settled();
    const item = (await h.t.store.getItem(`messenger:${MID}`))!;
    expect(item.textWithheld).toBe(true);
    const alert = api.of('chat.postMessage')[0]!.body;
    expect(alert.channel).toBe('C0SENNE');
    expect(JSON.stringify(alert)).not.toMatch(/parc|blessé|médical/);
    expect(textOf(alert.blocks as Block[])).toContain('texte non affiché ici');
    const outcome = await decide(h.t.ctx, {
      itemId: item.id,
      decision: 'reply',
      actor: { surface: 'slack', id: 'U0JULIE' },
      replyText: 'Votre dossier médical: écrivez au greffe.',
    });
    expect(outcome.ok).toBe(true);
    expect(api.of('chat.update')).toHaveLength(1);
    expect(JSON.stringify(api.of('chat.update')[0]!.body)).not.toMatch(/médical|greffe|parc/);
    // The store and the audit log keep the words: only the alert channel is spared them.
    expect((await h.t.store.getItem(item.id))?.text).toBe(TEXT);
  });

  it('after Meta’s 24-hour window, Reply says so and calls nothing; Hide is not supported on a private message', async () => {
    slackApi();
    const send = sendApi();
    h = await startMeta(routing(true));
    await h.deliver('/webhooks/facebook', incoming());
    await h.settled();
    const julie = { surface: 'slack', id: 'U0JULIE' };
    const hide = await decide(h.t.ctx, { itemId: `messenger:${MID}`, decision: 'hide', actor: julie });
    expect(hide).toMatchObject({ ok: false, error: { code: 'platform.unsupported', params: { source: 'messenger', action: 'hide' } } });
    h.t.clock.set('2026-03-04T15:00:01Z');
    const late = await decide(h.t.ctx, { itemId: `messenger:${MID}`, decision: 'reply', actor: julie, replyText: 'Bonjour' });
    expect(late).toMatchObject({ ok: false, error: { code: 'platform.window_closed', params: { hours: 24 } } });
    expect(send.sent).toEqual([]);
    // A newer message from the same person opens the window again, for the older one's answer too.
    await h.deliver('/webhooks/facebook', incoming('m_second', 'Allo? Quelqu’un?', '2026-03-04T15:00:00Z'));
    await h.settled();
    expect(await decide(h.t.ctx, { itemId: `messenger:${MID}`, decision: 'reply', actor: julie, replyText: 'Bonjour' })).toMatchObject({ ok: true });
    expect(send.sent).toHaveLength(1);
  });

  it('Graph’s own window refusal is said the same way', async () => {
    slackApi();
    h = await startMeta(routing(true));
    await h.deliver('/webhooks/facebook', incoming());
    await h.settled();
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/me/messages`)
      .reply(400, {
        error: { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278 },
      });
    const refused = await decide(h.t.ctx, {
      itemId: `messenger:${MID}`,
      decision: 'reply',
      actor: { surface: 'slack', id: 'U0JULIE' },
      replyText: 'Bonjour',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'platform.window_closed' } });
    expect((await h.t.store.getItem(`messenger:${MID}`))?.status).toBe('open');
  });

  it('an answer from the Page’s inbox (an echo) stops the clock of every waiting message of that person', async () => {
    const api = slackApi();
    h = await startMeta(routing(true));
    await h.deliver('/webhooks/facebook', incoming());
    await h.deliver('/webhooks/facebook', incoming('m_second', 'Allo? Quelqu’un?', '2026-03-03T15:05:00Z'));
    await h.settled();
    expect(api.of('chat.postMessage')).toHaveLength(2);
    const res = await h.deliver('/webhooks/facebook', echo('m_inbox_1', 'Bonjour, nous regardons votre demande.'));
    expect(await res.json()).toEqual({ received: 2, duplicates: 0 });
    const items = await h.t.store.listItems();
    expect(items.map((i) => [i.id, i.status, i.answeredAt]).sort()).toEqual([
      [`messenger:${MID}`, 'answered', '2026-03-03T16:00:00.000Z'],
      ['messenger:m_second', 'answered', '2026-03-03T16:00:00.000Z'],
    ]);
    // Both alerts say so; a redelivered echo changes nothing.
    expect(api.of('chat.update')).toHaveLength(2);
    expect(await (await h.deliver('/webhooks/facebook', echo('m_inbox_1', 'Bonjour, nous regardons votre demande.'))).json()).toEqual({
      received: 0,
      duplicates: 2,
    });
  });

  it('keeps a message whose alert failed, alerts it once when Slack is back, and counts it in the digest', async () => {
    const down = slackApi({ fail: { 'chat.postMessage': 'service_unavailable' } });
    h = await startMeta(routing(false));
    expect((await h.deliver('/webhooks/facebook', incoming())).status).toBe(200);
    await h.settled();
    expect(down.of('chat.postMessage')).toHaveLength(1);
    expect((await h.t.store.getItem(`messenger:${MID}`))?.status).toBe('received');
    nock.cleanAll();
    const up = slackApi();
    expect(await recoverPending(h.t.ctx)).toBe(1);
    await recoverPending(h.t.ctx);
    expect(up.of('chat.postMessage')).toHaveLength(1);

    const policy = h.t.ctx.policies.get('senneterre')!;
    const digest = buildDigest(await h.t.store.listItems(), policy, new Date('2026-03-03T20:00:00Z'));
    expect(digest.totals.open).toBe(1);
    expect(digest.byCategory.message).toMatchObject({ open: 1 });
    await runDigest(h.t.ctx, new Date('2026-03-04T13:30:00Z'));
    const posted = up
      .of('chat.postMessage')
      .slice(1)
      .map((c) => JSON.stringify(c.body));
    expect(posted.some((p) => p.includes('Messages privés'))).toBe(true);
    expect(posted.join('\n')).not.toMatch(/parc|blessé/);
  });

  it('refuses an unsigned or malformed messaging delivery with the reason', async () => {
    slackApi();
    h = await startMeta(routing(true));
    expect((await h.deliver('/webhooks/facebook', incoming(), '')).status).toBe(401);
    const bad = messaging({ sender: { id: PSID }, recipient: { id: PAGE }, timestamp: 'yesterday', message: { mid: 'm_x', text: 'x' } });
    const res = await h.deliver('/webhooks/facebook', bad);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ problems: [expect.stringMatching(/^entry\[0\]\.messaging\[0\]\.timestamp: must be a unix time/)] });
    expect(await h.t.store.listItems()).toEqual([]);
  });
});
