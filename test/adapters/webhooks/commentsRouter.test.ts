import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentsRouter } from '../../../adapters/webhooks/commentsRouter.js';
import { signBody } from '../../../src/moderation/signatureMatches.js';
import { testContext, type TestContext } from '../../helpers/testContext.js';

const SECRET = 'shared-webhook-secret';
let t: TestContext;
let server: Server;
let url: string;
let processing: Promise<void>[];

beforeEach(async () => {
  t = await testContext();
  processing = [];
  const app = express().use('/webhooks/comments', commentsRouter(t.ctx, { secret: SECRET, onProcessed: (p) => void processing.push(p) }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/comments`;
});
afterEach(async () => {
  await Promise.all(processing);
  await new Promise((r) => server.close(r));
  await t.close();
});

const send = (payload: unknown, secret = SECRET) => {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vigie-signature-256': signBody(body, secret) }, body });
};

// The example of docs/webhooks.md.
const instagram = {
  source: 'instagram',
  externalId: '17895695668004550',
  pageId: 'ig-17841400008460056',
  pageName: 'Ville de Senneterre (Instagram)',
  author: { id: '17841405793187218', name: 'marie.gagnon' },
  text: 'Est-ce que le marché public ouvre samedi?',
  at: '2026-03-03T15:00:00Z',
  permalink: 'https://www.instagram.com/p/C4abcDEF/',
};

describe('POST /webhooks/comments', () => {
  it('takes one signed comment, stores it before the 200, then checks and alerts', async () => {
    const res = await send(instagram);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stored: [{ id: 'webhook-instagram:17895695668004550', status: 'received', duplicate: false }] });
    await Promise.all(processing);
    expect(await t.store.getItem('webhook-instagram:17895695668004550')).toMatchObject({
      source: 'webhook-instagram',
      status: 'open',
      needsReply: true,
      policyId: 'mess-quebec',
    });
    expect(t.surfaces.slack!.notified).toHaveLength(1);
  });

  it('takes a batch, and a redelivered comment is a duplicate', async () => {
    const yt = { ...instagram, source: 'youtube', externalId: 'UgzAbc', text: 'Merci!' };
    const res = await send({ comments: [instagram, yt, instagram] });
    expect(await res.json()).toEqual({
      stored: [
        { id: 'webhook-instagram:17895695668004550', status: 'received', duplicate: false },
        { id: 'webhook-youtube:UgzAbc', status: 'received', duplicate: false },
        { id: 'webhook-instagram:17895695668004550', status: 'received', duplicate: true },
      ],
    });
  });

  it('refuses a bad signature with 401', async () => {
    const res = await send(instagram, 'not-the-secret');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'bad_signature', message: expect.stringMatching(/VIGIE_WEBHOOK_SECRET/) });
    const unsigned = await fetch(url, { method: 'POST', body: JSON.stringify(instagram) });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature', message: expect.stringMatching(/^X-Vigie-Signature-256 is missing/) });
    expect(await t.store.listItems()).toEqual([]);
  });

  it('answers 400 with every reason; the valid comments of a batch are kept', async () => {
    const res = await send({ comments: [instagram, { ...instagram, externalId: '', at: 'samedi' }] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: string[]; stored: unknown[] };
    expect(body.problems).toEqual([
      expect.stringMatching(/^comments\[1\]\.externalId: must be a non-empty id/),
      expect.stringMatching(/^comments\[1\]\.at: must be an ISO 8601 instant/),
    ]);
    expect(body.stored).toEqual([{ id: 'webhook-instagram:17895695668004550', status: 'received', duplicate: false }]);
    expect((await send('[1,')).status).toBe(400);
    expect(await (await send({ comments: [] })).json()).toMatchObject({ message: expect.stringMatching(/1 to 500/) });
  });

  it('cannot speak for Facebook or the console: those sources are refused, the others kept under their own namespace', async () => {
    const fb = { ...instagram, source: 'facebook', externalId: '111_222', verb: 'edit', text: 'Merci!' };
    const res = await send({ comments: [fb, { ...instagram, source: 'console' }, instagram] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: string[]; stored: { id: string }[] };
    expect(body.problems).toEqual([
      "comments[0].source: 'facebook' comes only through Meta's signed webhook (/webhooks/facebook); this webhook cannot speak for it",
      "comments[1].source: 'console' is the local console; this webhook cannot speak for it",
    ]);
    expect(body.stored.map((s) => s.id)).toEqual(['webhook-instagram:17895695668004550']);
    expect(await t.store.getItem('facebook:111_222')).toBeUndefined();
    expect((await t.store.listItems()).map((i) => i.source)).toEqual(['webhook-instagram']);
  });

  it('refuses every delivery when VIGIE_WEBHOOK_SECRET is not set', async () => {
    const app = express().use('/c', commentsRouter(t.ctx, {}));
    const s = await new Promise<Server>((resolve) => {
      const x = app.listen(0, '127.0.0.1', () => resolve(x));
    });
    const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/c`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/VIGIE_WEBHOOK_SECRET is not set/) });
    await new Promise((r) => s.close(r));
  });
});
