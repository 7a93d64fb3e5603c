import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { facebookRouter } from '../../adapters/facebook/facebookRouter.js';
import { checkDraft } from '../../src/moderation/checkDraft.js';
import { loadRouting } from '../../src/moderation/routing.js';
import { signBody } from '../../src/moderation/signatureMatches.js';
import { testContext, type TestContext } from '../helpers/testContext.js';

const SECRET = 'fb-app-secret';
const PAGE = '220011223344556';
const DRAFT = 'Collecte des encombrants samedi matin dans le secteur Mingan.';

let t: TestContext;
let server: Server;
let base: string;

beforeEach(async () => {
  // Wednesday 2026-03-04, 11:00 in Baie-Comeau.
  t = await testContext({ now: '2026-03-04T11:00:00-05:00' });
  t.ctx.routing = {
    ...loadRouting(undefined, {}),
    pages: new Map([[PAGE, { policyId: 'baie-comeau', pageName: 'Ville de Baie-Comeau', channels: {} }]]),
  };
  const app = express();
  app.use('/webhooks/facebook', facebookRouter(t.ctx, { appSecret: SECRET }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/facebook`;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

/** A Page feed change as Meta sends it when the page publishes a status or a photo. */
const pagePost = (postId: string, at: string, item = 'status', from = PAGE) =>
  JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: Date.parse(at) / 1000,
        changes: [
          {
            field: 'feed',
            value: {
              item,
              verb: 'add',
              post_id: `${PAGE}_${postId}`,
              from: { id: from, name: 'Ville de Baie-Comeau' },
              message: 'Avis',
              published: 1,
              created_time: Date.parse(at) / 1000,
            },
          },
        ],
      },
    ],
  });
const deliver = async (body: string) => {
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, SECRET) },
    body,
  });
  expect(res.status).toBe(200);
};
const draft = () => checkDraft(t.ctx, { policy: t.ctx.policies.get('baie-comeau')!, text: DRAFT, kind: 'post' });

describe('checkDraft: the posts-a-day limit counted from the page feed', () => {
  it('stays quiet on the first post of the day', async () => {
    expect((await draft()).findings.filter((f) => f.category === 'frequency')).toEqual([]);
  });

  it('flags a third post once the page has published twice today, counting a redelivery once', async () => {
    await deliver(pagePost('1', '2026-03-04T08:45:00-05:00'));
    await deliver(pagePost('1', '2026-03-04T08:45:00-05:00')); // Meta redelivers
    expect((await draft()).findings.filter((f) => f.category === 'frequency')).toEqual([]);
    await deliver(pagePost('2', '2026-03-04T10:15:00-05:00', 'photo'));
    const result = await draft();
    expect(result.verdict).toBe('review');
    expect(result.findings.map((f) => f.category)).toContain('frequency');
  });

  it("does not count yesterday's posts, nor a visitor's post on the page", async () => {
    await deliver(pagePost('1', '2026-03-03T15:00:00-05:00'));
    await deliver(pagePost('2', '2026-03-03T16:00:00-05:00'));
    await deliver(pagePost('3', '2026-03-04T09:00:00-05:00', 'status', '999888777'));
    expect((await draft()).findings.filter((f) => f.category === 'frequency')).toEqual([]);
  });

  it('checks a comment without asking the store', async () => {
    await t.store.close();
    const result = await checkDraft(t.ctx, { policy: t.ctx.policies.get('baie-comeau')!, text: DRAFT, kind: 'comment' });
    expect(result.verdict).toBe('ok');
  });
});
