import { render } from '../../src/messages/Message.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GRAPH_VERSION, graphActions } from '../../adapters/facebook/graphActions.js';
import { decide } from '../../src/moderation/decide.js';
import type { Item } from '../../src/moderation/Item.js';
import { processItem } from '../../src/moderation/processItem.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import { tokenExpired, rateLimited } from '../fixtures/facebook/graphErrors.js';
import { testContext, type TestContext, type TestContextOptions } from '../helpers/testContext.js';
import { comment } from './comments.js';

const GRAPH = 'https://graph.facebook.com';
const CID = '882731009182736_1290384756102938';
const julie = { surface: 'slack', id: 'U0JULIE', name: 'Julie Côté' };

let t: TestContext;
async function setup(opts: TestContextOptions = {}, text = "Vous êtes une gang de crisse d'incompétents"): Promise<Item> {
  t = await testContext({ platform: graphActions({ pageToken: 'EAAtoken', log: { info() {}, warn() {}, error() {} } }), ...opts });
  const { item } = await receiveComment(t.ctx, comment({ text }));
  return processItem(t.ctx, item.id);
}
beforeEach(() => {
  nock.cleanAll();
});
afterEach(async () => {
  expect(nock.pendingMocks()).toEqual([]);
  await t.close();
});

describe('decide', () => {
  it('hides on the page, records who and under which clause, and updates the alert on every surface', async () => {
    const item = await setup();
    t.clock.set('2026-03-03T14:02:00-05:00');
    const bodies: unknown[] = [];
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${CID}`, (b) => bodies.push(b) > 0)
      .reply(200, { success: true });
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect(bodies).toEqual([{ is_hidden: true }]);
    expect(outcome).toMatchObject({ ok: true, decision: 'hide', by: julie, at: '2026-03-03T19:02:00.000Z' });
    expect(outcome.item).toMatchObject({ status: 'hidden', decision: 'hide', decidedBy: 'slack:U0JULIE', decidedAt: '2026-03-03T19:02:00.000Z' });
    expect(await t.store.getItem(item.id)).toEqual(outcome.item);
    // A decision on Slack also updates the Teams card.
    expect(t.surfaces.slack!.updates.map((u) => [u.ref.messageId, u.outcome.decision])).toEqual([['slack-1', 'hide']]);
    expect(t.surfaces.teams!.updates.map((u) => [u.ref.messageId, u.outcome.decision])).toEqual([['teams-1', 'hide']]);
    const audit = (await t.store.listAudit()).at(-1)!;
    expect(audit).toMatchObject({
      decision: 'hide',
      actor: 'slack:U0JULIE',
      actorName: 'Julie Côté',
      rules: ['mess-quebec/obscene'],
      text: "Vous êtes une gang de crisse d'incompétents",
      result: 'ok',
    });
    expect(audit.clauses).toHaveLength(1);
  });

  it('does nothing twice: a second click and a retried request are duplicates, with no second Graph call', async () => {
    const item = await setup();
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}`).once().reply(200, { success: true });
    const [a, b] = await Promise.all([
      decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie }),
      decide(t.ctx, { itemId: item.id, decision: 'hide', actor: { surface: 'teams', id: 'bob' } }),
    ]);
    expect([a.duplicate ?? false, b.duplicate ?? false].sort()).toEqual([false, true]);
    const again = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect((await t.store.listAudit()).filter((e) => e.decision === 'hide')).toHaveLength(1);
  });

  it('unhides a hidden comment (is_hidden=false), then it can be hidden again', async () => {
    const item = await setup();
    const bodies: unknown[] = [];
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${CID}`, (b) => bodies.push(b) > 0)
      .times(3)
      .reply(200, { success: true });
    await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect((await decide(t.ctx, { itemId: item.id, decision: 'unhide', actor: julie })).item.status).toBe('approved');
    expect((await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie })).item.status).toBe('hidden');
    expect(bodies).toEqual([{ is_hidden: true }, { is_hidden: false }, { is_hidden: true }]);
  });

  it('approving a hidden comment unhides it on the page; replying under a hidden one leaves it hidden', async () => {
    const item = await setup({}, 'Je veux porter plainte contre un agent. Bande de caves');
    const bodies: unknown[] = [];
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${CID}`, (b) => bodies.push(b) > 0)
      .times(3)
      .reply(200, { success: true });
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}/comments`).reply(200, { id: 'r9' });
    await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect((await decide(t.ctx, { itemId: item.id, decision: 'reply', actor: julie })).item).toMatchObject({
      status: 'hidden',
      answeredBy: 'Julie Côté',
    });
    await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect((await decide(t.ctx, { itemId: item.id, decision: 'approve', actor: julie })).item.status).toBe('approved');
    expect(bodies).toEqual([{ is_hidden: true }, { is_hidden: true }, { is_hidden: false }]);
  });

  it('an edited comment can be approved again: the earlier approval was for the old text', async () => {
    const item = await setup({}, 'Quand ouvre le bureau?');
    await decide(t.ctx, { itemId: item.id, decision: 'approve', actor: julie });
    await receiveComment(t.ctx, comment({ verb: 'edit', text: 'Quand ouvre le bureau? Bande de crisse de caves', at: '2026-03-03T15:30:00.000Z' }));
    const edited = await processItem(t.ctx, item.id);
    expect(edited).toMatchObject({ status: 'open', verdict: 'hide' });
    expect(edited.decision).toBeUndefined();
    const again = await decide(t.ctx, { itemId: item.id, decision: 'approve', actor: julie });
    expect(again.ok).toBe(true);
    expect(again.duplicate).toBeUndefined();
    expect((await t.store.listAudit()).filter((a) => a.decision === 'approve')).toHaveLength(2);
  });

  it('deletes on the page and counts it against the author', async () => {
    const item = await setup({}, 'Allez voir mon site');
    const scope = nock(GRAPH).delete(`/${GRAPH_VERSION}/${CID}`).reply(200, { success: true });
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'delete', actor: julie });
    expect(scope.isDone()).toBe(true);
    expect(outcome.item.status).toBe('deleted');
    const history = await t.store.getAuthorHistory(item.pageId, item.author.id);
    expect(history.violations.map((v) => v.itemId)).toEqual([item.id]);
    expect(await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'decision.already-deleted' },
    });
  });

  it("replies with the policy's template for a complaint, stops the clock, and skips Vigie's own reply when Meta echoes it", async () => {
    const item = await setup({}, 'Je veux porter plainte contre un agent');
    expect(item).toMatchObject({ needsReply: true, status: 'open' });
    const template = item.check!.findings.find((f) => f.category === 'complaint')!.reply!.fr;
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${CID}/comments`, (b) => {
        expect(b).toEqual({ message: template });
        return true;
      })
      .reply(200, { id: '882731009182736_5555' });
    t.clock.set('2026-03-03T11:00:00-05:00');
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'reply', actor: julie });
    expect(outcome).toMatchObject({ ok: true, replyText: template });
    expect(outcome.item).toMatchObject({ status: 'answered', answeredAt: '2026-03-03T16:00:00.000Z', answeredBy: 'Julie Côté', decision: 'reply' });
    // Meta sends the reply back through the webhook, from the page.
    const echo = await receiveComment(
      t.ctx,
      comment({
        externalId: '882731009182736_5555',
        fromPage: true,
        author: { id: '104729381234567' },
        parentId: CID,
        text: template,
        at: '2026-03-03T16:00:01.000Z',
      }),
    );
    expect(echo).toMatchObject({ duplicate: true, ignored: 'reply posted by Vigie' });
    expect((await t.store.getItem(item.id))?.answeredAt).toBe('2026-03-03T16:00:00.000Z');
  });

  it("posts the person's own reply text when given", async () => {
    const item = await setup({}, 'Quand ouvre le bureau?');
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}/comments`, { message: 'Dès 8 h 30, demain.' }).reply(200, { id: 'r1' });
    expect(await decide(t.ctx, { itemId: item.id, decision: 'reply', actor: julie, replyText: ' Dès 8 h 30, demain. ' })).toMatchObject({
      ok: true,
      replyText: 'Dès 8 h 30, demain.',
    });
  });

  it('an automatic reply (Vigie itself) does not stop the clock', async () => {
    const item = await setup({}, 'Je veux porter plainte contre un agent');
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}/comments`).reply(200, { id: 'auto1' });
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'reply', actor: { surface: 'vigie', id: 'vigie' } });
    expect(outcome.ok).toBe(true);
    expect(outcome.item.answeredAt).toBeUndefined();
    expect(await t.store.getValue('vigie-replies', 'facebook:auto1')).toEqual({ itemId: item.id, automatic: true });
  });

  it('without a template nor a text, asks for the reply instead of posting nothing', async () => {
    const item = await setup({}, 'Quand ouvre le bureau?');
    expect(await decide(t.ctx, { itemId: item.id, decision: 'reply', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'decision.no-reply-template' },
    });
  });

  it.each([
    ['an expired token', 400, tokenExpired, 'platform.token_expired'],
    ['a rate limit', 400, rateLimited(613), 'platform.rate_limited'],
  ])('brings %s back to the person who clicked; the item stays open and a later click retries', async (_n, status, body, reason) => {
    const item = await setup();
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}`).reply(status, body);
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect(outcome).toMatchObject({ ok: false, error: { code: reason } });
    expect(await t.store.getItem(item.id)).toEqual(item);
    expect(t.surfaces.slack!.updates).toEqual([]);
    expect((await t.store.listAudit()).at(-1)).toMatchObject({ decision: 'hide', result: 'error', actor: 'slack:U0JULIE' });
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}`).reply(200, { success: true });
    expect(await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie })).toMatchObject({ ok: true, item: { status: 'hidden' } });
  });

  it("says why in the reader's language only, and logs no warning for what it has explained (issue 16 item 8)", async () => {
    const item = await setup();
    nock(GRAPH).post(`/${GRAPH_VERSION}/${CID}`).reply(400, tokenExpired);
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    const fr = render(outcome.error!, 'fr');
    const en = render(outcome.error!, 'en');
    expect(fr).toMatch(/^Le jeton de la page Facebook est expiré ou invalide : renouvelez FACEBOOK_PAGE_TOKEN\. \(Graph: /);
    expect(en).toMatch(/^The Facebook page token has expired or is invalid: renew FACEBOOK_PAGE_TOKEN\. \(Graph: /);
    for (const said of [fr, en]) expect(said).not.toMatch(/ \/ /);
    expect(t.logs.filter((l) => l.level !== 'info')).toEqual([]);
    await t.store.putItem({ ...(await t.store.getItem(item.id))!, status: 'deleted' });
    const deleted = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie });
    expect(render(deleted.error!, 'fr')).toBe('Ce commentaire est déjà supprimé.');
    expect(render(deleted.error!, 'en')).toBe('This comment has already been deleted.');
  });

  it('refuses someone who is not a moderator and changes nothing', async () => {
    const item = await setup({ moderators: ['slack:U0JULIE', 'console'] });
    // A moderator's id from another surface is not theirs: ids are only unique within a surface.
    for (const actor of [
      { surface: 'slack', id: 'U0INTRUS' },
      { surface: 'teams', id: 'U0JULIE' },
      { surface: 'teams', id: 'console' },
      { surface: 'slack', id: 'console' },
    ]) {
      const outcome = await decide(t.ctx, { itemId: item.id, decision: 'hide', actor });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'decision.not-moderator' } });
    }
    expect(await t.store.getItem(item.id)).toEqual(item);
    // Each attempt is audited, whichever surface it came from: who tried to hide a citizen's comment.
    const refused = (await t.store.listAudit()).filter((a) => a.result === 'error');
    expect(refused.map((a) => [a.decision, a.actor, a.detail])).toEqual(
      ['slack:U0INTRUS', 'teams:U0JULIE', 'teams:console', 'slack:console'].map((actor) => [
        'hide',
        actor,
        'refused: not listed in VIGIE_MODERATORS',
      ]),
    );
    expect(refused.every((a) => a.itemId === item.id && a.text === item.text)).toBe(true);
  });

  it('in dry run, logs what it would do, calls nothing, and says so in the outcome and the audit', async () => {
    const item = await setup({ dryRun: true });
    const outcome = await decide(t.ctx, { itemId: item.id, decision: 'delete', actor: julie });
    expect(outcome).toMatchObject({ ok: true, dryRun: true, item: { status: 'deleted' } });
    expect(t.logs.some((l) => l.msg === 'dry run: would delete the comment')).toBe(true);
    expect((await t.store.listAudit()).at(-1)).toMatchObject({ decision: 'delete', result: 'dry-run' });
  });

  it('approves a question without stopping its clock, and dismisses without touching the page', async () => {
    const question = await setup({}, 'Quand ouvre le bureau?');
    expect((await decide(t.ctx, { itemId: question.id, decision: 'approve', actor: julie })).item).toMatchObject({
      status: 'open',
      decision: 'approve',
    });
    expect((await decide(t.ctx, { itemId: question.id, decision: 'dismiss', actor: julie })).item.status).toBe('dismissed');
  });

  it('says when the item is unknown, the decision is not one, or no platform can act', async () => {
    const item = await setup({ platform: undefined });
    expect(await decide(t.ctx, { itemId: 'facebook:nope', decision: 'hide', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'decision.unknown-item', params: { id: 'facebook:nope' } },
    });
    expect(await decide(t.ctx, { itemId: item.id, decision: 'ban' as never, actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'decision.unknown-decision', params: { decision: 'ban' } },
    });
    t.ctx.platformFor = () => undefined;
    expect(await decide(t.ctx, { itemId: item.id, decision: 'hide', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'platform.no_facebook_token' },
    });
    await t.store.putItem({ ...item, id: 'instagram:1', source: 'instagram', externalId: '1' });
    expect(await decide(t.ctx, { itemId: 'instagram:1', decision: 'delete', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'platform.not_configured', params: { source: 'instagram' } },
    });
    expect(await decide(t.ctx, { itemId: 'instagram:1', decision: 'dismiss', actor: julie })).toMatchObject({
      ok: true,
      item: { status: 'dismissed' },
    });
    expect(await decide(t.ctx, { itemId: item.id, decision: 'unhide', actor: julie })).toMatchObject({
      ok: false,
      error: { code: 'decision.not-hidden' },
    });
  });
});

describe('staff replies seen in the webhook', () => {
  it("a page's reply stops the parent's clock and updates its alerts", async () => {
    const item = await setup({}, 'Quand ouvre le bureau?');
    const r = await receiveComment(
      t.ctx,
      comment({
        externalId: 'staff1',
        fromPage: true,
        author: { id: '104729381234567', name: 'MESS' },
        parentId: CID,
        text: 'Demain 8 h 30',
        at: '2026-03-03T17:00:00.000Z',
      }),
    );
    expect(r).toMatchObject({
      duplicate: false,
      item: { id: item.id, status: 'answered', answeredAt: '2026-03-03T17:00:00.000Z', answeredBy: 'MESS' },
    });
    expect(await t.store.getItem('facebook:staff1')).toBeUndefined();
    expect(t.surfaces.teams!.updates.map((u) => [u.ref.messageId, u.outcome.decision, u.outcome.by.name, u.outcome.replyText])).toEqual([
      ['teams-1', 'reply', 'MESS', 'Demain 8 h 30'],
    ]);
    expect((await t.store.listAudit()).at(-1)).toMatchObject({ decision: 'answered', itemId: item.id, text: 'Demain 8 h 30' });
    const again = await receiveComment(
      t.ctx,
      comment({
        externalId: 'staff2',
        fromPage: true,
        author: { id: '104729381234567' },
        parentId: CID,
        text: 'Précision',
        at: '2026-03-03T18:00:00.000Z',
      }),
    );
    expect(again.duplicate).toBe(true);
    expect((await t.store.getItem(item.id))?.answeredAt).toBe('2026-03-03T17:00:00.000Z');
  });

  it('a page comment that answers no known comment is passed over', async () => {
    await setup({}, 'Quand ouvre le bureau?');
    const r = await receiveComment(
      t.ctx,
      comment({ externalId: 'p1', fromPage: true, author: { id: '104729381234567' }, text: 'Rappel : collecte lundi' }),
    );
    expect(r.ignored).toMatch(/answers no comment/);
    expect(await t.store.listItems()).toHaveLength(1);
  });
});
