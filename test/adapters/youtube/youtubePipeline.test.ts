// A YouTube channel polled against a local stand-in of Google's token endpoint and the Data API, through the real
// Slack app (Web API intercepted): a comment arrives on a poll, is alerted once, hidden from a button, and the alert
// is updated; time is a parameter of every tick.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import { decide } from '../../../src/moderation/decide.js';
import { runDigest } from '../../../src/moderation/runDigest.js';
import type { Routing } from '../../../src/moderation/routing.js';
import { interactionBody, postSigned } from '../../helpers/slackSign.js';
import { clickPayload, SECRET, slackApi, startSlack, warmEngine, type Harness } from '../slack/slackHarness.js';
import { youtubeSource, type YouTubeSource } from '../../../adapters/youtube/youtubeSource.js';
import type { TickOutcome } from '../../../adapters/youtube/youtubePoller.js';
import { CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, youtubeStandIn, type YouTubeStandIn } from './youtubeStandIn.js';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[] };
const textOf = (blocks: Block[]) => blocks.map((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n')).join('\n');

const CHANNEL_ID = 'UCvigieTestChannel000001';
const COMPLAINT = "Calice, ça fait deux semaines que j'attends mon chèque. Je veux porter plainte contre mon agent.";

function routing(policy: string): Routing {
  return {
    default: { policyId: 'mess-quebec', channels: {} },
    pages: new Map([[CHANNEL_ID, { policyId: policy, channels: {}, pageName: 'Chaîne de test' }]]),
    origin: 'test',
  };
}

beforeAll(() => warmEngine());

let h: Harness;
let yt: YouTubeStandIn;
afterEach(async () => {
  await h?.close();
  await yt?.close();
  nock.cleanAll();
});

async function start(policy = 'mess-quebec', now = '2026-03-03T10:00:00-05:00', standIn: { pageSize?: number; includedReplies?: number } = {}) {
  yt = await youtubeStandIn(CHANNEL_ID, standIn);
  h = await startSlack({ now, routing: routing(policy) });
  const source = youtubeSource(h.t.ctx, {
    channelId: CHANNEL_ID,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: REFRESH_TOKEN,
    apiUrl: yt.apiUrl,
    oauthUrl: yt.oauthUrl,
    dailyQuota: 10_000,
  });
  h.t.ctx.platformFor = (item) => (source.source.owns(item) ? source.source.actions : undefined);
  return source;
}

/** One tick at `iso`, waiting for the pass's comments to be checked and alerted. */
async function tick(source: YouTubeSource, iso: string): Promise<TickOutcome> {
  h.t.clock.set(iso);
  const outcome = await source.tick(new Date(iso));
  if (outcome.ran) await outcome.processed;
  return outcome;
}

describe('YouTube comments through the whole pipeline, in Slack', () => {
  it('a polled comment is alerted once, hidden from the button (held for review on YouTube) and its alert updated', async () => {
    const api = slackApi();
    const source = await start();
    yt.comment({ id: 'UgzThread1', text: COMPLAINT, at: '2026-03-03T14:55:00Z', videoId: 'dQw4w9WgXcQ' });

    const first = await tick(source, '2026-03-03T15:00:00Z');
    expect(first).toMatchObject({ ran: true, events: 1, units: 1 });
    expect(api.of('chat.postMessage')).toHaveLength(1);
    const item = (await h.t.store.getItem('youtube:UgzThread1'))!;
    expect(item).toMatchObject({
      source: 'youtube',
      pageId: CHANNEL_ID,
      pageName: 'Chaîne de test',
      status: 'open',
      author: { id: 'UCviewerUgzThread1', name: 'Steve Tremblay' },
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzThread1',
      receivedAt: '2026-03-03T14:55:00Z',
    });
    expect(item.deadline).toBeDefined(); // a complaint: the reply clock runs
    expect(textOf(api.of('chat.postMessage')[0]!.body.blocks as Block[])).toContain('Steve Tremblay');

    // The listing call: the channel's threads, newest first, with their replies, as plain text.
    expect(yt.of('commentThreads')[0]!.query).toEqual({
      part: 'snippet,replies',
      allThreadsRelatedToChannelId: CHANNEL_ID,
      order: 'time',
      maxResults: '100',
      textFormat: 'plainText',
    });
    // The token came from the refresh token, once, and went only in the header.
    expect(yt.tokenCalls).toEqual([
      { grant_type: 'refresh_token', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, refresh_token: REFRESH_TOKEN },
    ]);
    expect(yt.calls.every((c) => c.token === yt.issued[0])).toBe(true);

    const ref = item.alerts!.find((a) => a.surface === 'slack')!;
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_hide', item.id, 'U0JULIE', ref.messageId)));
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    const moderation = yt.of('comments/setModerationStatus');
    expect(moderation).toEqual([
      {
        method: 'POST',
        path: '/youtube/v3/comments/setModerationStatus',
        query: { id: 'UgzThread1', moderationStatus: 'heldForReview' },
        token: yt.issued[0],
      },
    ]);
    expect(api.of('chat.update')[0]!.body).toMatchObject({ ts: ref.messageId });
    expect((await h.t.store.getItem(item.id))?.status).toBe('hidden');
    const audit = (await h.t.store.listAudit()).filter((a) => a.itemId === item.id).map((a) => `${a.decision}:${a.result}`);
    expect(audit).toEqual(['received:ok', 'checked:ok', 'hide:ok']);
  });

  it('a re-polled comment alerts once; the next pass waits for the quota pace', async () => {
    const api = slackApi();
    const source = await start();
    yt.comment({ id: 'UgzA', text: COMPLAINT, at: '2026-03-03T14:55:00Z' });
    const first = await tick(source, '2026-03-03T15:00:00Z');
    expect(first.ran && first.nextAt).toBe('2026-03-03T15:00:30.000Z'); // 1 unit of 8,000 a day: the 30 s floor

    expect(await tick(source, '2026-03-03T15:00:10Z')).toEqual({ ran: false, why: 'not-due', until: '2026-03-03T15:00:30.000Z' });
    expect(yt.of('commentThreads')).toHaveLength(1);

    // Listed again (within the overlap), with a newer comment beside it: only the new one is alerted.
    yt.comment({ id: 'UgzB', text: 'Quand allez-vous répondre à ma plainte?', at: '2026-03-03T15:01:00Z' });
    const second = await tick(source, '2026-03-03T15:02:00Z');
    expect(second).toMatchObject({ ran: true, events: 2 });
    const alerted = api.of('chat.postMessage').map((c) => JSON.stringify(c.body.blocks));
    expect(alerted).toHaveLength(2);
    expect(alerted.filter((b) => b.includes('deux semaines'))).toHaveLength(1);
    expect(alerted.filter((b) => b.includes('Quand allez-vous'))).toHaveLength(1);
  });

  it('replies: those a thread includes, the rest through comments.list, and new ones on a thread seen before', async () => {
    slackApi();
    const source = await start('mess-quebec', '2026-03-03T10:00:00-05:00', { includedReplies: 1 });
    yt.comment({ id: 'UgzT', text: 'Bonjour, une question sur mon dossier?', at: '2026-03-03T14:50:00Z' });
    yt.reply('UgzT', { id: 'UgzT.r1', text: 'Moi aussi, même problème', at: '2026-03-03T14:51:00Z' });
    yt.reply('UgzT', { id: 'UgzT.r2', text: 'Quelqu’un peut répondre?', at: '2026-03-03T14:52:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');
    expect(yt.of('comments').map((c) => c.query)).toEqual([{ part: 'snippet', parentId: 'UgzT', maxResults: '100', textFormat: 'plainText' }]);
    const r2 = await h.t.store.getItem('youtube:UgzT.r2');
    expect(r2).toMatchObject({ parentId: 'UgzT', text: 'Quelqu’un peut répondre?' });

    // Much later, a new reply on that thread: listing by time does not show it (the thread is old), reading the
    // watched threads by id does.
    yt.comment({ id: 'UgzNew', text: 'Merci pour les informations', at: '2026-03-03T17:00:00Z' });
    await tick(source, '2026-03-03T17:01:00Z');
    yt.reply('UgzT', { id: 'UgzT.r3', text: 'Toujours pas de réponse?', at: '2026-03-03T17:05:00Z' });
    await tick(source, '2026-03-03T17:10:00Z');
    expect(yt.of('commentThreads').at(-2)!.query).toMatchObject({ allThreadsRelatedToChannelId: CHANNEL_ID });
    expect(yt.of('commentThreads').at(-1)!.query).toEqual({ part: 'snippet,replies', id: 'UgzT', textFormat: 'plainText' });
    expect(await h.t.store.getItem('youtube:UgzT.r3')).toMatchObject({ parentId: 'UgzT', status: 'open' });
  });

  it('Reply posts under the thread; the reply read back on the next poll is Vigie’s own, and a staff reply there stops the clock', async () => {
    const api = slackApi();
    const source = await start();
    yt.comment({ id: 'UgzQ', text: COMPLAINT, at: '2026-03-03T14:55:00Z' });
    yt.comment({ id: 'UgzS', text: 'Quand ouvre le bureau de Rouyn?', at: '2026-03-03T14:56:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');
    h.t.clock.set('2026-03-03T15:05:00Z');
    const replied = await decide(h.t.ctx, {
      itemId: 'youtube:UgzQ',
      decision: 'reply',
      replyText: 'Bonjour, écrivez-nous en privé.',
      actor: { surface: 'slack', id: 'U0JULIE', name: 'julie' },
    });
    expect(replied.ok).toBe(true);
    expect(yt.of('comments').at(-1)).toMatchObject({
      method: 'POST',
      query: { part: 'snippet' },
      body: { snippet: { parentId: 'UgzQ', textOriginal: 'Bonjour, écrivez-nous en privé.' } },
      token: yt.issued[0],
    });

    // Someone at the channel answers UgzS in YouTube itself.
    yt.reply('UgzS', { id: 'UgzS.staff', text: 'Dès 8 h 30, lundi au vendredi.', author: CHANNEL_ID, at: '2026-03-03T15:10:00Z' });
    const before = api.of('chat.postMessage').length;
    await tick(source, '2026-03-03T15:20:00Z');
    expect(api.of('chat.postMessage')).toHaveLength(before); // neither reply is a comment to alert
    expect(await h.t.store.getItem('youtube:UgzQ.reply1')).toBeUndefined();
    expect(await h.t.store.getItem('youtube:UgzS.staff')).toBeUndefined();
    // Vigie's own reply, read back, is recognized: the clock was stopped by the decision, not again by the poll.
    const answered = (await h.t.store.listAudit()).filter((a) => a.decision === 'answered').map((a) => [a.itemId, a.actor]);
    expect(answered).toEqual([['youtube:UgzS', `youtube:${CHANNEL_ID}`]]);
    expect((await h.t.store.getItem('youtube:UgzQ'))?.answeredAt).toBe('2026-03-03T15:05:00.000Z');
    expect((await h.t.store.getItem('youtube:UgzS'))?.answeredAt).toBe('2026-03-03T15:10:00.000Z');
  });

  it('Ban rejects the comment and bans its author only where the policy provides for blocking', async () => {
    slackApi();
    const source = await start('senneterre');
    yt.comment({ id: 'UgzBan', text: 'Vous êtes tous des incompétents, bande de caves', at: '2026-03-03T14:55:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');
    const item = (await h.t.store.getItem('youtube:UgzBan'))!;
    await source.source.actions.ban!(item);
    expect(yt.of('comments/setModerationStatus').map((c) => c.query)).toEqual([{ id: 'UgzBan', moderationStatus: 'rejected', banAuthor: 'true' }]);

    // The MESS's policy says nothing of blocking users: refused before any call, with the reason.
    await expect(source.source.actions.ban!({ ...item, policyId: 'mess-quebec' })).rejects.toMatchObject({
      code: 'unsupported',
      said: { code: 'platform.no-ban' },
    });
    expect(yt.of('comments/setModerationStatus')).toHaveLength(1);
    await source.source.actions.delete!(item);
    expect(yt.of('comments/setModerationStatus').at(-1)!.query).toEqual({ id: 'UgzBan', moderationStatus: 'rejected' });
  });

  it('a spent quota pauses polling until midnight Pacific time, and the morning digest says so', async () => {
    const api = slackApi();
    const source = await start();
    yt.comment({ id: 'UgzOld', text: COMPLAINT, at: '2026-03-03T14:55:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');

    yt.failNext({ status: 403, reason: 'quotaExceeded' });
    const hit = await tick(source, '2026-03-03T20:00:00Z');
    // 20:00 UTC is noon in Los Angeles (PST): the quota comes back at 08:00 UTC the next day.
    expect(hit).toMatchObject({ ran: true, failed: { failure: 'quota', until: '2026-03-04T08:00:00.000Z' } });
    const calls = yt.calls.length;
    expect(await tick(source, '2026-03-04T07:59:00Z')).toEqual({ ran: false, why: 'paused', until: '2026-03-04T08:00:00.000Z' });
    expect(yt.calls.length).toBe(calls); // no call while paused

    // Written during the pause, taken when it ends.
    yt.comment({ id: 'UgzDuring', text: 'Pourquoi personne ne répond? Je porte plainte.', at: '2026-03-03T22:00:00Z' });
    const resumed = await tick(source, '2026-03-04T08:00:00Z');
    expect(resumed).toMatchObject({ ran: true });
    expect(await h.t.store.getItem('youtube:UgzDuring')).toMatchObject({ status: 'open' });

    // The digest, at 8:30 in Montréal on Wednesday.
    h.t.clock.set('2026-03-04T08:30:00-05:00');
    const [digest] = await runDigest(h.t.ctx, new Date('2026-03-04T08:30:00-05:00'));
    expect(digest!.paused).toEqual([
      {
        source: 'youtube',
        account: CHANNEL_ID,
        accountName: 'Chaîne de test',
        from: '2026-03-03T20:00:00.000Z',
        until: '2026-03-04T08:00:00.000Z',
        reason: 'quota',
      },
    ]);
    const posted = textOf(api.of('chat.postMessage').at(-1)!.body.blocks as Block[]);
    expect(posted).toContain('Relevé YouTube suspendu sur Chaîne de test');
    expect(posted).toContain('quota quotidien de l’API était épuisé');
  });

  it('a quota error on an action pauses polling too, and tells the person why', async () => {
    slackApi();
    const source = await start();
    yt.comment({ id: 'UgzQ2', text: COMPLAINT, at: '2026-03-03T14:55:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');
    yt.failNext({ status: 403, reason: 'quotaExceeded' });
    await expect(source.source.actions.hide!((await h.t.store.getItem('youtube:UgzQ2'))!)).rejects.toMatchObject({
      code: 'quota_exceeded',
      said: { code: 'platform.youtube-quota' },
    });
    expect(await source.tick(new Date('2026-03-03T16:00:00Z'))).toEqual({ ran: false, why: 'paused', until: '2026-03-04T08:00:00.000Z' });
  });

  it('rate and server errors back off exponentially; a success resets the back-off', async () => {
    slackApi();
    const source = await start();
    yt.failNext({ status: 429, reason: 'rateLimitExceeded' });
    expect(await tick(source, '2026-03-03T15:00:00Z')).toMatchObject({ failed: { failure: 'rate', until: '2026-03-03T15:00:30.000Z' } });
    expect(await tick(source, '2026-03-03T15:00:20Z')).toMatchObject({ ran: false, why: 'backing-off' });
    yt.failNext({ status: 503 });
    expect(await tick(source, '2026-03-03T15:00:30Z')).toMatchObject({ failed: { failure: 'rate', until: '2026-03-03T15:01:30.000Z' } });
    expect(await tick(source, '2026-03-03T15:01:30Z')).toMatchObject({ ran: true, events: 0 });
    expect(h.t.logs.filter((l) => l.msg === 'youtube polling failed; backing off').map((l) => l.fields?.failures)).toEqual([1, 2]);
    yt.failNext({ status: 500 });
    expect(await tick(source, '2026-03-03T15:10:00Z')).toMatchObject({ failed: { until: '2026-03-03T15:10:30.000Z' } });
  });

  it('a refused refresh token is logged with its advice, never with a secret or a token', async () => {
    slackApi();
    const source = await start();
    // The stand-in forgets every token it gave: YouTube answers 401, Vigie refreshes once and tries again.
    yt.comment({ id: 'UgzT1', text: 'Bonjour', at: '2026-03-03T14:55:00Z' });
    await tick(source, '2026-03-03T15:00:00Z');
    yt.issued.splice(0);
    await tick(source, '2026-03-03T15:01:00Z');
    expect(yt.tokenCalls).toHaveLength(2);
    expect(yt.calls.at(-1)!.token).toBe(yt.issued[0]);

    const bad = youtubeSource(h.t.ctx, {
      channelId: CHANNEL_ID,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      refreshToken: '1//revoked-refresh-token-abcdef',
      apiUrl: yt.apiUrl,
      oauthUrl: yt.oauthUrl,
      dailyQuota: 10_000,
    });
    await h.t.ctx.store.setValue('youtube-poll', `state:${CHANNEL_ID}`, { watched: [] });
    const outcome = await bad.tick(new Date('2026-03-03T15:05:00Z'));
    expect(outcome).toMatchObject({ ran: true, failed: { failure: 'token' } });
    const line = h.t.logs.find((l) => l.level === 'error')!;
    expect(line.msg).toContain('renew YOUTUBE_REFRESH_TOKEN');
    const logged = JSON.stringify(h.t.logs);
    for (const secret of [CLIENT_SECRET, REFRESH_TOKEN, '1//revoked-refresh-token-abcdef', ...yt.issued]) expect(logged).not.toContain(secret);
  });
});
