import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { GRAPH_VERSION, graphActions } from '../../../adapters/facebook/graphActions.js';
import type { Logger } from '../../../src/moderation/Context.js';
import type { Item } from '../../../src/moderation/Item.js';
import { render } from '../../../src/messages/Message.js';
import { PlatformError } from '../../../src/moderation/PlatformActions.js';
import { commentGone, missingPermission, noPermission10, rateLimited, tokenExpired } from '../../fixtures/facebook/graphErrors.js';

const GRAPH = 'https://graph.facebook.com';
const TOKEN = 'EAAPageToken123';

const item: Item = {
  id: 'facebook:987654321_1122334455',
  source: 'facebook',
  externalId: '987654321_1122334455',
  pageId: '104729381234567',
  policyId: 'senneterre',
  kind: 'comment',
  author: { id: '5550001', name: 'Jean Tremblay' },
  text: 'Quand ouvre la piscine?',
  receivedAt: '2026-03-03T15:00:00.000Z',
  status: 'open',
  needsReply: true,
  updatedAt: '2026-03-03T15:00:00.000Z',
};

const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
const log: Logger = {
  info: (msg, fields) => void lines.push({ level: 'info', msg, ...(fields ? { fields } : {}) }),
  warn: (msg, fields) => void lines.push({ level: 'warn', msg, ...(fields ? { fields } : {}) }),
  error: (msg, fields) => void lines.push({ level: 'error', msg, ...(fields ? { fields } : {}) }),
};

afterEach(() => {
  lines.length = 0;
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('graphActions', () => {
  const graph = graphActions({ pageToken: TOKEN, log });

  it('hides and unhides with is_hidden on the comment, the page token in the Authorization header', async () => {
    const bodies: unknown[] = [];
    nock(GRAPH, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .post(`/${GRAPH_VERSION}/${item.externalId}`, (body) => {
        bodies.push(body);
        return true;
      })
      .times(2)
      .reply(200, { success: true });
    await graph.hide(item);
    await graph.unhide(item);
    expect(bodies).toEqual([{ is_hidden: true }, { is_hidden: false }]);
  });

  it('deletes with DELETE on the comment', async () => {
    const scope = nock(GRAPH).delete(`/${GRAPH_VERSION}/${item.externalId}`).reply(200, { success: true });
    await graph.delete(item);
    expect(scope.isDone()).toBe(true);
  });

  it('replies under the comment with the message and returns the new comment id', async () => {
    nock(GRAPH)
      .post(`/${GRAPH_VERSION}/${item.externalId}/comments`, (body) => {
        expect(body).toEqual({ message: 'Bonjour, la piscine ouvre le 1er juin.' });
        return true;
      })
      .reply(200, { id: '987654321_1122339999' });
    await expect(graph.reply(item, 'Bonjour, la piscine ouvre le 1er juin.')).resolves.toBe('987654321_1122339999');
  });

  it('uses FACEBOOK_GRAPH_URL as the base, with or without a version in it', async () => {
    nock('http://127.0.0.1:9').post(`/${GRAPH_VERSION}/${item.externalId}`).reply(200, { success: true });
    await graphActions({ pageToken: TOKEN, graphUrl: 'http://127.0.0.1:9/', log }).hide(item);
    nock('http://127.0.0.1:9').post(`/v19.0/${item.externalId}`).reply(200, { success: true });
    await graphActions({ pageToken: TOKEN, graphUrl: 'http://127.0.0.1:9/v19.0', log }).hide(item);
  });

  const errors: [string, number, object, string, RegExp][] = [
    ['expired token (190/463)', 400, tokenExpired, 'token_expired', /FACEBOOK_PAGE_TOKEN/],
    ['missing permission (200)', 403, missingPermission, 'permission', /pages_manage_engagement/],
    ['missing permission (10)', 403, noPermission10, 'permission', /Missing permission/],
    ['rate limit (4)', 400, rateLimited(4), 'rate_limited', /try again in a few minutes/],
    ['rate limit (17)', 400, rateLimited(17), 'rate_limited', /try again/],
    ['rate limit (32)', 400, rateLimited(32), 'rate_limited', /rate limit/],
    ['rate limit (613)', 400, rateLimited(613), 'rate_limited', /rate limit/],
    ['comment gone (100/33)', 400, commentGone, 'not_found', /already deleted/],
  ];
  it.each(errors)('maps a Graph error, %s, to a clear reason and a stable code', async (_name, status, body, code, reason) => {
    nock(GRAPH).post(`/${GRAPH_VERSION}/${item.externalId}`).reply(status, body);
    const err = await graph.hide(item).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect((err as PlatformError).code).toBe(code);
    expect((err as PlatformError).status).toBe(status);
    // Told in one language at a time, from the catalogue, with Graph's own words kept as the detail.
    expect(render((err as PlatformError).said, 'en')).toMatch(reason);
    expect(render((err as PlatformError).said, 'fr')).not.toMatch(/ \/ /);
    expect((err as PlatformError).detail).toMatch(/^Graph: /);
    // The token never lands in the logs.
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('reports an unreachable Graph API as a network error', async () => {
    nock(GRAPH).delete(`/${GRAPH_VERSION}/${item.externalId}`).replyWithError('socket hang up');
    await expect(graph.delete(item)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/could not be reached/) });
  });

  it('reports a non-JSON error page with its HTTP status', async () => {
    nock(GRAPH).delete(`/${GRAPH_VERSION}/${item.externalId}`).reply(502, '<html>Bad gateway</html>');
    await expect(graph.delete(item)).rejects.toMatchObject({ code: 'unknown', status: 502, message: expect.stringMatching(/HTTP 502/) });
  });

  it('in dry run, logs each call and makes none (nock would refuse any request)', async () => {
    const dry = graphActions({ pageToken: TOKEN, dryRun: true, log });
    await dry.hide(item);
    await dry.delete(item);
    await expect(dry.reply(item, 'Merci')).resolves.toBe('dry-run');
    expect(lines.map((l) => [l.msg, l.fields?.method, l.fields?.body])).toEqual([
      ['graph dry run: not called', 'POST', { is_hidden: true }],
      ['graph dry run: not called', 'DELETE', undefined],
      ['graph dry run: not called', 'POST', { message: 'Merci' }],
    ]);
  });
});
