// Preloaded into a Vigie server started as a child process (`node --import tsx --import <this file>`): the Bot
// Connector's OpenID metadata and signing keys, as botbuilder fetches them from login.botframework.com, answered
// by nock with the public key given as a JWK in VIGIE_TEST_CONNECTOR_JWK. Nothing else leaves the machine.
import nock from 'nock';

const LOGIN = 'https://login.botframework.com';
const jwk = JSON.parse(process.env.VIGIE_TEST_CONNECTOR_JWK ?? '{}') as { kid: string; n: string; e: string };

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
nock(LOGIN)
  .persist()
  .get('/v1/.well-known/openidconfiguration')
  .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: `${LOGIN}/v1/.well-known/keys` })
  .get('/v1/.well-known/keys')
  .reply(200, { keys: [{ kty: 'RSA', use: 'sig', kid: jwk.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
