import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import { commandBody, postSigned, slackSignature } from '../../helpers/slackSign.js';
import { SECRET, slackApi, startSlack, warmEngine, type Harness } from './slackHarness.js';

beforeAll(() => warmEngine());

let h: Harness;
let api: ReturnType<typeof slackApi>;
beforeEach(async () => {
  api = slackApi({ locales: { U0ANNE: 'en-US', U0JULIE: 'fr-CA', U0JOSE: 'es-ES' } });
  h = await startSlack();
});
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

type Ack = { response_type: string; text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] };
const allText = (ack: Ack) => ack.blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)].join('\n')).join('\n');

async function checkpost(text: string, user = 'U0JULIE') {
  return postSigned(h.url, SECRET, commandBody({ command: '/checkpost', text, user_id: user }));
}

describe('/checkpost over HTTP', () => {
  it('answers in the acknowledgement itself, ephemeral, with verdict, marked words, category, clause and reply', async () => {
    const res = await checkpost(
      "--comment Calice que vous êtes lents, ça fait deux semaines que j'attends mon chèque. Je veux porter plainte contre mon agent.",
    );
    expect(res.status).toBe(200);
    const ack = res.json() as Ack;
    expect(ack.response_type).toBe('ephemeral');
    const text = allText(ack);
    expect(text).toContain('*À masquer*');
    expect(text).toContain('>*Calice* que vous êtes lents');
    // Waiting alone is not a complaint on the MESS page (it answers questions, it redirects no complaint): the
    // complaint is the one said in words.
    expect(text).toContain('porter *plainte* contre');
    expect(text).toContain('*Grossièreté ou contenu sexuel*');
    expect(text).toContain('« Calice »');
    expect(text).toContain('Clause : _« le Ministère se réserve le droit de supprimer');
    expect(text).toContain('*Réponse prescrite :*');
    expect(text).toContain('`mess-quebec/obscene`');
    // Nothing was posted in the channel: the answer is the ack.
    expect(api.of('chat.postMessage')).toHaveLength(0);
  });

  it('checks what the person typed, not Slack’s escaping of it', async () => {
    const ack = (await checkpost('--comment Calice &amp; tabarnak &lt;3 <https://exemple.ca>')).json() as Ack;
    expect(allText(ack)).toContain('>*Calice* &amp; *tabarnak* &lt;3 https://exemple.ca');
  });

  it('says when a text is fine', async () => {
    const ack = (await checkpost('--comment Merci pour l’information, bonne journée!')).json() as Ack;
    expect(ack.text).toContain('Conforme');
    expect(allText(ack)).toContain('Rien à signaler');
  });

  it('checks a staff draft post when no option is given: an English-only draft for the French ministry is flagged', async () => {
    const draft = 'The Ministry launches a new employment program for young people.';
    const ack = (await checkpost(draft)).json() as Ack;
    expect(ack.text).toMatch(/^À réviser avant publication · Vérification du projet de publication/);
    expect(allText(ack)).toContain('mess-quebec/language');
    // --comment is how a public comment is checked; the same words are then fine.
    const asComment = (await checkpost(`--comment ${draft}`)).json() as Ack;
    expect(asComment.text).toContain('Conforme');
  });

  it('takes --post and --policy, and answers in the policy language while the user locale is unknown', async () => {
    const ack = (await checkpost('--post --policy ombudsman-ontario We are hiring! Call 416-555-0199 today', 'U0JOSE')).json() as Ack;
    expect(ack.response_type).toBe('ephemeral');
    expect(allText(ack)).toContain('ombudsman-ontario');
    const lang = h.t.ctx.policies.get('ombudsman-ontario')!.language;
    expect(ack.text).toContain(lang === 'en' ? 'Draft post check' : 'Vérification du projet de publication');
    // A draft is not "hidden": the verdict speaks of publishing.
    expect(ack.text).toMatch(
      lang === 'en'
        ? /^(Ready to publish|Revise before publishing|Do not publish as is) ·/
        : /^(Prêt à publier|À réviser avant publication|Ne pas publier tel quel) ·/,
    );
  });

  it('gives help on empty text and a clear reason on a bad option, never an error', async () => {
    const empty = (await checkpost('')).json() as Ack;
    expect(empty.response_type).toBe('ephemeral');
    expect(allText(empty)).toContain('`/checkpost TEXTE` : vérifie un projet de publication');
    expect(allText(empty)).toContain('`/checkpost --comment TEXTE` : vérifie un commentaire du public');
    expect(allText(empty)).toContain('`mess-quebec` (par défaut)');
    const bad = (await checkpost('--policy nowhere Bonjour')).json() as Ack;
    expect(allText(bad)).toContain("politique inconnue 'nowhere'");
    const unknownOption = (await checkpost('--frobnicate Bonjour')).json() as Ack;
    expect(allText(unknownOption)).toContain('option inconnue --frobnicate');
  });

  it('learns the user locale after the first answer and speaks English to an English Slack user', async () => {
    const first = (await checkpost('--comment Calice de service', 'U0ANNE')).json() as Ack;
    expect(first.text).toContain('À masquer'); // mess-quebec is French; the locale was not known yet
    await vi.waitFor(() => expect(api.of('users.info')).toHaveLength(1));
    expect(api.of('users.info')[0]!.body).toMatchObject({ user: 'U0ANNE', include_locale: 'true' });
    await h.slack.locales.idle();
    const second = (await checkpost('--comment Calice de service', 'U0ANNE')).json() as Ack;
    expect(second.text).toContain('To hide');
    expect(allText(second)).toContain('*Obscenity or sexual content*');
    expect(allText(second)).toContain('Clause: _“le Ministère');
    // Cached in the store: no second look-up.
    expect(api.of('users.info')).toHaveLength(1);
    expect(await h.t.store.getValue('slack-locale', 'U0ANNE')).toBe('en-US');
  });
});

describe('request signatures', () => {
  const body = commandBody({ command: '/checkpost', text: 'Bonjour', user_id: 'U0JULIE' });

  it('refuses a bad signature with 401', async () => {
    const res = await postSigned(h.url, SECRET, body, { signature: slackSignature('another-secret', Math.floor(Date.now() / 1000), body) });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ error: 'invalid_signature', message: expect.stringContaining('SLACK_SIGNING_SECRET') });
  });

  it('refuses a correctly signed but stale request (more than 5 minutes old) with 401', async () => {
    const res = await postSigned(h.url, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request dated more than 5 minutes ahead with 401, and takes one 4 minutes ahead', async () => {
    const ahead = await postSigned(h.url, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(ahead.status).toBe(401);
    expect(ahead.json()).toMatchObject({ error: 'invalid_signature', message: expect.stringContaining('more than five minutes away') });
    const near = await postSigned(h.url, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 });
    expect(near.status).toBe(200);
  });

  it('refuses a request without signature headers with 401', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(res.status).toBe(401);
  });

  it('refuses a signed body that is not a Slack payload with 400 and the reason', async () => {
    const res = await postSigned(h.url, SECRET, '{not json', { headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request' });
  });

  it('answers a command no listener knows with 404 and the reason, once Slack’s 3 s are up', async () => {
    const res = await postSigned(h.url, SECRET, commandBody({ command: '/unknown', text: 'x', user_id: 'U0JULIE' }));
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ error: 'unhandled' });
  });

  it('refuses a body altered after signing', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const res = await postSigned(h.url, SECRET, body.replace('Bonjour', 'Calice'), { timestamp: ts, signature: slackSignature(SECRET, ts, body) });
    expect(res.status).toBe(401);
  });
});
