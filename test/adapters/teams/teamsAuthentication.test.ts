import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import express from 'express';
import nock from 'nock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createTeams } from '../../../adapters/teams/createTeams.js';
import { REFS_NAMESPACE } from '../../../adapters/teams/conversationRefs.js';
import { tempStore, type TempStore } from '../../helpers/tempStore.js';
import { bareContext, installedInChannel, CHANNEL, recordingLog } from './fixtures.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const LOGIN = 'https://login.botframework.com';

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** A Bot Connector token as the Connector signs it (RS256, issuer api.botframework.com, audience the app id). */
function token(key: KeyObject, kid: string, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(
    JSON.stringify({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${b64url(signature)}`;
}

describe('Teams endpoint with MicrosoftAppId set', () => {
  const connector = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let store: TempStore;
  let server: Server;
  let base: string;
  let metadataFetches = 0;
  const log = recordingLog();
  let errorSpy: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    // Watched (and kept off the test output): a refused request must not write a stack trace to stderr, nor
    // botbuilder's own console lines for a well-formed forged token (teamsStderr.test.ts checks a real server's stderr).
    errorSpy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store = await tempStore();
    const { router } = createTeams(bareContext(store, log), { appId: APP_ID, appPassword: 'not-used-here' });
    const app = express();
    app.use(router);
    server = createServer(app);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The Connector's signing keys, published as botbuilder fetches them (OpenID metadata, then the key set).
    const jwk = connector.publicKey.export({ format: 'jwk' });
    nock(LOGIN)
      .persist()
      .get('/v1/.well-known/openidconfiguration')
      .reply(200, () => {
        metadataFetches++;
        return { issuer: 'https://api.botframework.com', jwks_uri: `${LOGIN}/v1/.well-known/keys` };
      })
      .get('/v1/.well-known/keys')
      .reply(200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'connector-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    nock.cleanAll();
    await new Promise<void>((ok) => server.close(() => ok()));
    await store.close();
  });

  const send = (authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(installedInChannel(SERVICE_URL)),
    });

  it('refuses a request without a token, before fetching any signing key', async () => {
    const res = await send();
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Unauthorized/);
    expect(metadataFetches).toBe(0);
  });

  it('refuses a token that is not a JWT, or not from the Bot Connector, before fetching any key', async () => {
    expect((await send('Bearer not-a-token')).status).toBe(401);
    expect((await send(`Basic ${b64url('user:pass')}`)).status).toBe(401);
    expect((await send(`Bearer ${token(connector.privateKey, 'connector-key', { iss: 'https://evil.example' })}`)).status).toBe(401);
    expect(metadataFetches).toBe(0);
  });

  it('refuses a token signed with another key, for another bot, for another serviceUrl or expired', async () => {
    const forged = await send(`Bearer ${token(stranger.privateKey, 'connector-key')}`);
    expect(forged.status).toBe(401);
    expect(await forged.text()).not.toMatch(/\bat .*\.js:\d+/);
    expect((await send(`Bearer ${token(stranger.privateKey, 'unknown-key')}`)).status).toBe(401);
    expect((await send(`Bearer ${token(connector.privateKey, 'connector-key', { aud: 'another-bot' })}`)).status).toBe(401);
    expect((await send(`Bearer ${token(connector.privateKey, 'connector-key', { serviceurl: 'https://elsewhere.example/' })}`)).status).toBe(401);
    const past = Math.floor(Date.now() / 1000) - 7200;
    expect((await send(`Bearer ${token(connector.privateKey, 'connector-key', { nbf: past - 3600, exp: past })}`)).status).toBe(401);
    expect(await store.getValue(REFS_NAMESPACE, CHANNEL)).toBeUndefined();
    expect(errorSpy).not.toHaveBeenCalled();
  });

  it('writes no stack trace for refused requests, only one warning line a minute with their count', async () => {
    const warnings = () => log.lines.filter((l) => l.level === 'warn' && /refused requests without a valid Bot Connector token/.test(l.msg));
    errorSpy.mockClear();
    const before = warnings().length;
    for (let i = 0; i < 5; i++) expect((await send(i % 2 ? 'Bearer junk' : undefined)).status).toBe(401);
    expect(errorSpy).not.toHaveBeenCalled();
    expect(warnings().length - before).toBeLessThanOrEqual(1);
    expect(warnings()).toHaveLength(1); // the clock of bareContext stands still: one line for the whole file
  });

  it("accepts the Connector's own token and takes the activity", async () => {
    const res = await send(`Bearer ${token(connector.privateKey, 'connector-key')}`);
    expect(res.status).toBe(200);
    expect(metadataFetches).toBeGreaterThan(0);
    expect(await store.getValue(REFS_NAMESPACE, CHANNEL)).toBeDefined();
  });
});
