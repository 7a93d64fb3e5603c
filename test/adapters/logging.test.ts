import { createHmac } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { eventOf, scrubber } from '../../adapters/logging/safeFields.js';
import { startVigie } from '../../adapters/main.js';
import { decide } from '../../src/moderation/decide.js';
import { feedBody, itemIdFor } from '../faults/webhook.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('scrubber', () => {
  const s = scrubber(['EAAB-page-token-123', 'tiny', undefined]);

  it('drops words and names, masks credentials, and hides known secret values anywhere', () => {
    expect(
      s.fields({
        itemId: 'facebook:1',
        text: 'Calice',
        author: { id: 'a1', name: 'Jean Tremblay' },
        actor: { surface: 'slack', id: 'U1', name: 'julie' },
        body: { message: 'Bonjour' },
        pageToken: 'whatever',
        error: new Error('Graph said EAAB-page-token-123 is expired'),
        nested: { list: ['ok', 'EAAB-page-token-123'] },
        present: true,
      }),
    ).toEqual({
      itemId: 'facebook:1',
      actor: { surface: 'slack', id: 'U1' },
      pageToken: '[redacted]',
      error: 'Graph said [redacted] is expired',
      nested: { list: ['ok', '[redacted]'] },
      present: true,
    });
    expect(s.message('token EAAB-page-token-123 tiny')).toBe('token [redacted] tiny');
  });

  it('names each line with a stable event', () => {
    expect(eventOf('processing a comment failed; it stays pending', { itemId: 'x' })).toBe('processing_a_comment_failed');
    expect(eventOf('anything', { event: 'comment.received' })).toBe('comment.received');
    expect(eventOf('Échec (détail)', undefined)).toBe('echec');
  });
});

describe('VIGIE_LOG_FORMAT=json', () => {
  it('writes one JSON object per line with level, time, event and ids — never a comment, an author name or a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-logs-'));
    dirs.push(dir);
    const PAGE_TOKEN = 'EAAB-page-token-never-in-logs-0001';
    const APP_SECRET = 'fb-app-secret-never-in-logs';
    const HOOK = 'hook-secret-never-in-logs';
    const METRICS = 'metrics-token-never-in-logs-01';
    // A Graph API that refuses and, as a misconfigured proxy might, echoes the credential back in its error.
    const graph: Server = createHttpServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () =>
        res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ error: { message: `refused ${req.headers.authorization} (${raw.length} bytes)`, type: 'OAuthException', code: 100 } }),
          ),
      );
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    const error = new PassThrough();
    let log = '';
    error.on('data', (c: Buffer) => (log += c.toString('utf8')));
    const vigie = await startVigie(
      {
        PORT: '0',
        VIGIE_STORE: join(dir, 'vigie.sqlite'),
        VIGIE_LOG_FORMAT: 'json',
        VIGIE_METRICS_TOKEN: METRICS,
        VIGIE_WEBHOOK_SECRET: HOOK,
        FACEBOOK_APP_SECRET: APP_SECRET,
        FACEBOOK_PAGE_TOKEN: PAGE_TOKEN,
        FACEBOOK_GRAPH_URL: `http://127.0.0.1:${(graph.address() as AddressInfo).port}/`,
      },
      { input: new PassThrough(), output: new PassThrough(), error, interactive: false },
    );
    try {
      const base = `http://127.0.0.1:${vigie.port}`;
      const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      // A Facebook comment (feedBody writes "Citoyen 7" as the author and a question as the text).
      const fb = feedBody(7);
      expect(
        (await fetch(`${base}/webhooks/facebook`, { method: 'POST', body: fb, headers: { 'x-hub-signature-256': sign(APP_SECRET, fb) } })).status,
      ).toBe(200);
      expect((await fetch(`${base}/webhooks/facebook`, { method: 'POST', body: fb, headers: { 'x-hub-signature-256': 'sha256=00' } })).status).toBe(
        401,
      );
      const hook = JSON.stringify({
        source: 'instagram',
        externalId: 'ig-9',
        pageId: 'ig',
        author: { id: 'a9', name: 'Gisèle Lapointe' },
        text: 'Bande de caves sans allure',
        at: '2026-03-03T15:00:00Z',
      });
      expect(
        (await fetch(`${base}/webhooks/comments`, { method: 'POST', body: hook, headers: { 'x-vigie-signature-256': sign(HOOK, hook) } })).status,
      ).toBe(200);
      for (let i = 0; i < 800 && (await vigie.ctx.store.listItems(['received'])).length > 0; i++) await new Promise((r) => setTimeout(r, 25));
      // A reply on the page that Graph refuses: its error (which quotes the token) is logged.
      const outcome = await decide(vigie.ctx, {
        itemId: itemIdFor(7),
        decision: 'reply',
        actor: { surface: 'shell', id: 'console', name: 'Julie Roy' },
        replyText: 'Merci Citoyen 7',
      });
      expect(outcome.ok).toBe(false);
    } finally {
      await vigie.close();
      await new Promise<void>((resolve) => graph.close(() => resolve()));
    }

    const lines = log.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) {
      expect(e).toMatchObject({
        level: expect.stringMatching(/^(info|warn|error)$/),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        event: expect.any(String),
      });
    }
    const events = entries.map((e) => e.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'comment.received',
        'facebook_webhook_bad_signature',
        'graph_call_failed',
        'decision_failed_on_the_platform',
        'shutdown.done',
      ]),
    );
    expect(entries.filter((e) => e.event === 'comment.received').map((e) => e.itemId)).toEqual(
      expect.arrayContaining([itemIdFor(7), 'webhook-instagram:ig-9']),
    );
    // Whatever the level: no comment text, no author (or staff) name, no secret.
    for (const forbidden of [
      'Citoyen',
      'piscine',
      'bac de recyclage',
      'encombrants',
      'rue Principale',
      'Gisèle',
      'Lapointe',
      'Bande de caves',
      'Julie Roy',
      'Merci',
      PAGE_TOKEN,
      APP_SECRET,
      HOOK,
      METRICS,
    ]) {
      expect(log, forbidden).not.toContain(forbidden);
    }
  }, 60_000);
});
