import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GRAPH_VERSION } from '../../../adapters/facebook/graphActions.js';
import { loadRouting } from '../../../src/moderation/routing.js';
import { recoverPending } from '../../../src/moderation/recoverPending.js';
import { decide } from '../../../src/moderation/decide.js';
import { interactionBody, postSigned } from '../../helpers/slackSign.js';
import { clickPayload, SECRET, slackApi, warmEngine } from '../slack/slackHarness.js';
import { GRAPH, IG_ACCOUNT, PAGE_TOKEN, startMeta, type MetaHarness } from './metaHarness.js';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[] };
const textOf = (blocks: Block[]) => blocks.map((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n')).join('\n');

const COMMENT_ID = '17858893269000001';
/** An `instagram` delivery as Meta sends it for a new comment on the account's media (unix seconds). */
function igComment(text: string, opts: { id?: string; field?: string; from?: { id: string; username: string }; parent?: string } = {}) {
  return {
    object: 'instagram',
    entry: [
      {
        id: IG_ACCOUNT,
        time: Math.floor(Date.parse('2026-03-03T15:00:00Z') / 1000),
        changes: [
          {
            field: opts.field ?? 'comments',
            value: {
              from: opts.from ?? { id: '17841499999999999', username: 'jean.tremblay' },
              media: { id: '18000000000000001', media_product_type: 'FEED' },
              id: opts.id ?? COMMENT_ID,
              ...(opts.parent ? { parent_id: opts.parent } : {}),
              text,
            },
          },
        ],
      },
    ],
  };
}

const routing = () => ({
  ...loadRouting(undefined, {}),
  pages: new Map([[IG_ACCOUNT, { policyId: 'senneterre', pageName: 'Senneterre (Instagram)', channels: { slack: ['C0SENNE'] } }]]),
});
const POLITICAL = 'Votez pour le Parti conservateur aux prochaines élections, le maire actuel est un incompétent.';

beforeAll(() => warmEngine());
let h: MetaHarness;
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

describe('an Instagram comment, from the signed webhook to Hide on the Graph API', () => {
  it('is alerted once in the channel routed by the Instagram account id, hidden from the button, and its alert updated', async () => {
    const api = slackApi();
    h = await startMeta(routing());
    const res = await h.deliver('/webhooks/instagram', igComment(POLITICAL));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 1, duplicates: 0 });
    await h.settled();
    // Redelivered, to the other callback URL Meta may use for the same app: a duplicate, no second alert.
    const again = await h.deliver('/webhooks/facebook', igComment(POLITICAL));
    expect(await again.json()).toEqual({ received: 0, duplicates: 1 });
    await h.settled();
    expect(api.of('chat.postMessage')).toHaveLength(1);
    const alert = api.of('chat.postMessage')[0]!.body;
    expect(alert.channel).toBe('C0SENNE');
    expect(textOf(alert.blocks as Block[])).toContain('@jean.tremblay');
    const item = (await h.t.store.getItem(`instagram:${COMMENT_ID}`))!;
    expect(item).toMatchObject({ source: 'instagram', pageId: IG_ACCOUNT, policyId: 'senneterre', status: 'open', postId: '18000000000000001' });
    const ref = item.alerts!.find((a) => a.surface === 'slack')!;

    const hidden: { query: Record<string, string>; auth?: string }[] = [];
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${COMMENT_ID}`)
      .query(true)
      .reply(function (uri) {
        hidden.push({ query: Object.fromEntries(new URL(uri, GRAPH).searchParams), auth: this.req.headers.authorization as string });
        return [200, { success: true }];
      });
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_hide', item.id, 'U0JULIE', ref.messageId)));
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(hidden).toEqual([{ query: { hide: 'true' }, auth: `Bearer ${PAGE_TOKEN}` }]);
    expect(api.of('chat.update')[0]!.body).toMatchObject({ channel: 'C0SENNE', ts: ref.messageId });
    expect(textOf(api.of('chat.update')[0]!.body.blocks as Block[])).toContain('Masqué par <@U0JULIE>');
    expect((await h.t.store.getItem(item.id))?.status).toBe('hidden');
  });

  it('deletes with DELETE and replies with POST /replies?message=, and says that banning is not supported', async () => {
    slackApi();
    h = await startMeta(routing());
    await h.deliver('/webhooks/instagram', igComment('Quand ouvre la piscine municipale cet été?', { field: 'live_comments' }));
    await h.settled();
    const item = (await h.t.store.getItem(`instagram:${COMMENT_ID}`))!;
    expect(item.needsReply).toBe(true);
    const julie = { surface: 'slack', id: 'U0JULIE', name: 'Julie' };

    const replies: Record<string, string>[] = [];
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${COMMENT_ID}/replies`)
      .query(true)
      .reply(function (uri) {
        replies.push(Object.fromEntries(new URL(uri, GRAPH).searchParams));
        return [200, { id: '17858893269000099' }];
      });
    const replied = await decide(h.t.ctx, { itemId: item.id, decision: 'reply', actor: julie, replyText: 'Le 24 juin, à 10 h.' });
    expect(replied).toMatchObject({ ok: true, item: { status: 'answered' } });
    expect(replies).toEqual([{ message: 'Le 24 juin, à 10 h.' }]);
    // The account's own reply comes back through the webhook: recognized as Vigie's, not a second answer.
    const echo = await h.deliver(
      '/webhooks/instagram',
      igComment('Le 24 juin, à 10 h.', { id: '17858893269000099', from: { id: IG_ACCOUNT, username: 'villesenneterre' }, parent: COMMENT_ID }),
    );
    expect(await echo.json()).toEqual({ received: 0, duplicates: 1 });

    const blocked = await decide(h.t.ctx, { itemId: item.id, decision: 'block', actor: julie });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'platform.unsupported', params: { source: 'instagram', action: 'ban' } } });

    const deleted = nock(GRAPH).delete(`/${GRAPH_VERSION}/${COMMENT_ID}`).reply(200, { success: true });
    expect(await decide(h.t.ctx, { itemId: item.id, decision: 'delete', actor: julie })).toMatchObject({ ok: true, item: { status: 'deleted' } });
    expect(deleted.isDone()).toBe(true);
  });

  it('keeps a comment whose alert failed, and alerts it once when Slack is back', async () => {
    const down = slackApi({ fail: { 'chat.postMessage': 'service_unavailable' } });
    h = await startMeta(routing());
    expect((await h.deliver('/webhooks/instagram', igComment(POLITICAL))).status).toBe(200);
    await h.settled();
    expect(down.of('chat.postMessage')).toHaveLength(1);
    expect((await h.t.store.getItem(`instagram:${COMMENT_ID}`))?.status).toBe('received');
    nock.cleanAll();
    const up = slackApi();
    expect(await recoverPending(h.t.ctx)).toBe(1);
    await recoverPending(h.t.ctx);
    expect(up.of('chat.postMessage')).toHaveLength(1);
    expect((await h.t.store.getItem(`instagram:${COMMENT_ID}`))?.status).toBe('open');
  });

  it('refuses unsigned, badly signed and malformed deliveries with a 4xx and the reason, and stores nothing', async () => {
    slackApi();
    h = await startMeta(routing());
    const unsigned = await h.deliver('/webhooks/instagram', igComment(POLITICAL), '');
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature', message: expect.stringMatching(/X-Hub-Signature-256 is missing/) });
    const forged = await h.deliver('/webhooks/instagram', igComment(POLITICAL), 'sha256=' + '0'.repeat(64));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: 'bad_signature' });
    const wrongObject = await h.deliver('/webhooks/instagram', { object: 'page', entry: [] });
    expect(wrongObject.status).toBe(400);
    expect(await wrongObject.json()).toMatchObject({ error: 'invalid_payload', message: expect.stringMatching(/^object: must be "instagram"/) });
    const body = igComment(POLITICAL);
    delete (body.entry[0]!.changes[0]!.value as { from?: unknown }).from;
    const noAuthor = await h.deliver('/webhooks/instagram', body);
    expect(noAuthor.status).toBe(400);
    expect(await noAuthor.json()).toMatchObject({ problems: [expect.stringMatching(/^entry\[0\]\.changes\[0\]\.value\.from: /)] });
    expect(await h.t.store.listItems()).toEqual([]);
  });
});
