import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import type { AlertRef } from '../../../src/moderation/Item.js';
import { PlatformError } from '../../../src/moderation/PlatformActions.js';
import { interactionBody, postSigned, replySubmissionBody } from '../../helpers/slackSign.js';
import {
  CHANNEL,
  clickPayload,
  recordingPlatform,
  SECRET,
  slackApi,
  startSlack,
  storedItem,
  TOKEN,
  warmEngine,
  type Harness,
} from './slackHarness.js';

beforeAll(() => warmEngine());

// An insult that is also a complaint (said in words: on the MESS page, waiting alone is not one), so the alert
// prescribes a reply.
const INSULT =
  "Calice que vous êtes lents au ministère, ça fait deux semaines que j'attends mon chèque tabarnak. Je veux porter plainte contre mon agent.";

type Block = { type: string; block_id?: string; text?: { text: string }; fields?: { text: string }[]; elements?: Record<string, unknown>[] };
const textOf = (blocks: Block[]) =>
  blocks
    .map((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text), ...(b.elements ?? []).map((e) => String(e.text ?? ''))].join('\n'))
    .join('\n');
const buttonsOf = (blocks: Block[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

let h: Harness;
let api: ReturnType<typeof slackApi>;
let platform: ReturnType<typeof recordingPlatform>;

async function start(opts: Parameters<typeof startSlack>[0] = {}) {
  platform = recordingPlatform();
  h = await startSlack({ platform, ...opts });
}

/** Posts the alert through the surface and records it on the item, as the pipeline does. */
async function alerted(text = INSULT, extra = {}) {
  const item = await storedItem(h.t, text, extra);
  const ref = (await h.slack.surface.notify(item))!;
  const withAlert = { ...item, alerts: [ref] };
  await h.t.store.putItem(withAlert);
  return { item: withAlert, ref };
}

async function click(actionId: string, itemId: string, user?: string) {
  return postSigned(h.url, SECRET, interactionBody(clickPayload(actionId, itemId, user)));
}

/** Julie submits the Reply modal (whose private metadata names the item) with `value` in its text box. */
function submitReply(privateMetadata: string, value: string) {
  return postSigned(h.url, SECRET, replySubmissionBody(privateMetadata, value));
}

beforeEach(() => {
  api = slackApi();
});
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

describe('alerts in the channel', () => {
  beforeEach(() => start());

  it('posts the flagged comment with author, page link, marked words, findings, deadline and the four buttons', async () => {
    const { item, ref } = await alerted();
    expect(ref).toEqual({ surface: 'slack', channel: CHANNEL, messageId: expect.stringMatching(/^\d+\.000100$/) });
    const [call] = api.of('chat.postMessage');
    expect(call!.auth).toBe(`Bearer ${TOKEN}`);
    expect(call!.body).toMatchObject({ channel: CHANNEL, unfurl_links: 'false' });
    const blocks = call!.body.blocks as Block[];
    const text = textOf(blocks);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Commentaire à masquer' } });
    expect(text).toContain('Steve Tremblay');
    expect(text).toContain(`<${item.permalink}|Emploi Québec>`);
    expect(text).toContain('>*Calice* que vous êtes lents');
    expect(text).toContain('*tabarnak*');
    expect(text).toContain('*Grossièreté ou contenu sexuel*');
    expect(text).toContain('mercredi 4 mars à 10 h 00'); // deadline, in Montréal time
    const buttons = buttonsOf(blocks);
    expect(buttons.map((b) => b.action_id)).toEqual(['vigie_approve', 'vigie_hide', 'vigie_reply', 'vigie_delete', 'vigie_exception']);
    expect(buttons.every((b) => b.value === item.id)).toBe(true);
    const del = buttons.find((b) => b.action_id === 'vigie_delete')!;
    expect(del.confirm).toMatchObject({ title: { text: 'Supprimer le commentaire ?' }, confirm: { text: 'Supprimer' }, style: 'danger' });
  });

  it('heads a plain question with what is expected, not with a verdict', async () => {
    await alerted('Bonjour, quand les bureaux ouvrent-ils lundi?', { needsReply: true });
    const blocks = api.of('chat.postMessage')[0]!.body.blocks as Block[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Réponse attendue' } });
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain('vigie_reply');
  });

  it('warns about a repeat offender', async () => {
    await alerted(INSULT, { suggestBlock: { violations: 3, threshold: 3 }, authorViolations: 3 });
    expect(textOf(api.of('chat.postMessage')[0]!.body.blocks as Block[])).toContain('Auteur récidiviste : 3 infractions sur cette page (seuil 3)');
  });

  it('posts to the page routing channel when the item has one, and leaves Reply out when no answer is called for', async () => {
    await alerted('Calice de ministère', { channels: { slack: ['C0ROUTED'] }, needsReply: false });
    const [call] = api.of('chat.postMessage');
    expect(call!.body.channel).toBe('C0ROUTED');
    expect(buttonsOf(call!.body.blocks as Block[]).map((b) => b.action_id)).toEqual([
      'vigie_approve',
      'vigie_hide',
      'vigie_delete',
      'vigie_exception',
    ]);
  });

  it('turns a Slack refusal into advice an operator can act on', async () => {
    nock.cleanAll();
    api = slackApi({ fail: { 'chat.postMessage': 'not_in_channel' } });
    const item = await storedItem(h.t, INSULT);
    await expect(h.slack.surface.notify(item)).rejects.toThrow(/not_in_channel.*\/invite @Vigie/);
  });
});

describe('decisions from the buttons', () => {
  it('hides: acknowledges, hides on the page, updates the alert in place without buttons, audits', async () => {
    await start();
    const { item, ref } = await alerted();
    const res = await click('vigie_hide', item.id);
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(platform.done).toEqual([{ action: 'hide', itemId: item.id }]);
    const update = api.of('chat.update')[0]!.body;
    expect(update).toMatchObject({ channel: ref.channel, ts: ref.messageId });
    const blocks = update.blocks as Block[];
    expect(textOf(blocks)).toMatch(/Masqué par <@U0JULIE> à 10 h 00 \(mardi 3 mars\)/);
    expect(buttonsOf(blocks)).toHaveLength(0);
    expect((await h.t.store.getItem(item.id))!.status).toBe('hidden');
    const audit = await h.t.store.listAudit();
    expect(audit.filter((a) => a.decision === 'hide')).toMatchObject([
      { itemId: item.id, actor: 'slack:U0JULIE', result: 'ok', rules: expect.arrayContaining(['mess-quebec/obscene']) },
    ]);
  });

  it('does it once under a double click, and tells the second clicker it is already done', async () => {
    await start();
    const { item } = await alerted();
    const [a, b] = await Promise.all([click('vigie_hide', item.id), click('vigie_hide', item.id, 'U0MARC')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await vi.waitFor(() => {
      expect(api.of('chat.update')).toHaveLength(1);
      expect(api.of('chat.postEphemeral')).toHaveLength(1);
    });
    expect(platform.done).toHaveLength(1);
    const told = api.of('chat.postEphemeral')[0]!.body;
    expect(told.channel).toBe(CHANNEL);
    expect(String(told.text)).toMatch(/^Déjà traité : Masqué( par <@U0(JULIE|MARC)> à 10 h 00 \(mardi 3 mars\))?\.$/);
    expect((await h.t.store.listAudit()).filter((e) => e.decision === 'hide' && e.result === 'ok')).toHaveLength(1);

    // A later click (or Slack redelivering one) names who did it and when.
    await click('vigie_hide', item.id, 'U0MARC');
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(2));
    expect(api.of('chat.postEphemeral')[1]!.body.text).toMatch(/^Déjà traité : Masqué par <@U0(JULIE|MARC)> à 10 h 00 \(mardi 3 mars\)\.$/);
    expect(platform.done).toHaveLength(1);
    expect(api.of('chat.update')).toHaveLength(1);
  });

  it('approves and deletes (the confirmation dialog is Slack’s; the click arrives confirmed)', async () => {
    await start();
    const one = await alerted();
    const two = await alerted();
    await click('vigie_approve', one.item.id);
    await click('vigie_delete', two.item.id);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(2));
    const texts = api.of('chat.update').map((c) => textOf(c.body.blocks as Block[]));
    expect(texts.some((t) => t.includes('Approuvé par <@U0JULIE>'))).toBe(true);
    expect(texts.some((t) => t.includes('Supprimé par <@U0JULIE>'))).toBe(true);
    expect(platform.done).toEqual([{ action: 'delete', itemId: two.item.id }]);
  });

  it('keeps Reply on an approved complaint, which still awaits its answer', async () => {
    await start();
    const { item } = await alerted(INSULT, { needsReply: true });
    await click('vigie_approve', item.id);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    const blocks = api.of('chat.update')[0]!.body.blocks as Block[];
    expect(textOf(blocks)).toContain('Approuvé par <@U0JULIE>');
    expect(buttonsOf(blocks).map((b) => b.action_id)).toEqual(['vigie_reply']);
  });

  it('refuses someone who is not a moderator, privately, does nothing and audits the attempt', async () => {
    await start({ moderators: ['slack:U0BOSS'] });
    const { item } = await alerted();
    await click('vigie_delete', item.id, 'U0JULIE');
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(api.of('chat.postEphemeral')[0]!.body).toMatchObject({ channel: CHANNEL, user: 'U0JULIE' });
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('VIGIE_MODERATORS');
    expect(platform.done).toHaveLength(0);
    expect(api.of('chat.update')).toHaveLength(0);
    expect((await h.t.store.getItem(item.id))!.status).toBe('open');
    expect(await h.t.store.listAudit()).toMatchObject([{ itemId: item.id, decision: 'delete', actor: 'slack:U0JULIE', result: 'error' }]);

    await click('vigie_delete', item.id, 'U0BOSS');
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(platform.done).toEqual([{ action: 'delete', itemId: item.id }]);
  });

  it('tells the clicker why the page refused, keeps the item open, and a later click can succeed', async () => {
    await start();
    const { item } = await alerted();
    platform.failWith = new PlatformError('Le jeton de la page a expiré : renouvelez FACEBOOK_PAGE_TOKEN', 'token_expired', 401);
    await click('vigie_hide', item.id);
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('renouvelez FACEBOOK_PAGE_TOKEN');
    expect((await h.t.store.getItem(item.id))!.status).toBe('open');
    platform.failWith = undefined;
    await click('vigie_hide', item.id);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(platform.done).toEqual([{ action: 'hide', itemId: item.id }]);
  });

  it('says so, in words, when the store is down at the click, instead of doing nothing silently', async () => {
    await start();
    const { item } = await alerted();
    await h.t.store.close();
    const res = await click('vigie_hide', item.id);
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('Vigie n’a pas pu traiter la demande');
    expect(platform.done).toHaveLength(0);
    expect(h.t.logs.some((l) => l.level === 'error' && l.msg.includes(`hide ${item.id} failed`))).toBe(true);
  });

  it('shows a dry run as such', async () => {
    await start({ dryRun: true });
    const { item } = await alerted();
    await click('vigie_hide', item.id);
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(platform.done).toHaveLength(0);
    expect(textOf(api.of('chat.update')[0]!.body.blocks as Block[])).toContain('(simulation : rien n’a été fait sur la page)');
  });

  it('updates its alert after a decision taken in Teams, naming the person', async () => {
    await start();
    const { item, ref } = await alerted();
    const at = h.t.clock.now().toISOString();
    await h.slack.surface.update(ref, {
      item: { ...item, status: 'approved' },
      decision: 'approve',
      by: { surface: 'teams', id: '29:abc', name: 'Julie <Roy>' },
      at,
      ok: true,
    });
    const blocks = api.of('chat.update')[0]!.body.blocks as Block[];
    expect(textOf(blocks)).toContain('Approuvé par Julie &lt;Roy&gt; à 10 h 00 (mardi 3 mars)');
    expect(buttonsOf(blocks)).toHaveLength(0);
    // An alert of another surface is not Slack's to touch.
    await h.slack.surface.update({ ...ref, surface: 'teams' }, { item, decision: 'hide', by: { surface: 'slack', id: 'U1' }, at, ok: true });
    expect(api.of('chat.update')).toHaveLength(1);
  });

  it('answers an unknown item privately', async () => {
    await start();
    await click('vigie_hide', 'facebook:nope');
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain('facebook:nope');
  });
});

describe('reply with the prescribed template', () => {
  it('opens a modal holding the template, then publishes what the person submitted', async () => {
    await start();
    const { item, ref } = await alerted();
    await click('vigie_reply', item.id);
    await vi.waitFor(() => expect(api.of('views.open')).toHaveLength(1));
    const open = api.of('views.open')[0]!.body;
    expect(open.trigger_id).toBe(`trig-vigie_reply-U0JULIE`);
    const view = open.view as { callback_id: string; private_metadata: string; blocks: { type: string; element?: { initial_value?: string } }[] };
    expect(view.callback_id).toBe('vigie_reply_submit');
    const template = item.check!.findings.find((f) => f.reply)!.reply!.fr;
    expect(view.blocks.find((b) => b.type === 'input')!.element!.initial_value).toBe(template);

    const submit = (value: string) => submitReply(view.private_metadata, value);

    const empty = await submit('   ');
    expect(empty.status).toBe(200);
    expect(empty.json()).toEqual({ response_action: 'errors', errors: { vigie_reply_text: 'Écrivez une réponse avant de publier.' } });
    expect(platform.done).toHaveLength(0);

    const res = await submit('Bonjour M. Tremblay, écrivez-nous en privé.');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await vi.waitFor(() => expect(api.of('chat.update')).toHaveLength(1));
    expect(platform.done).toEqual([{ action: 'reply', itemId: item.id, text: 'Bonjour M. Tremblay, écrivez-nous en privé.' }]);
    const update = api.of('chat.update')[0]!.body;
    expect(update).toMatchObject({ channel: ref.channel, ts: ref.messageId });
    expect(textOf(update.blocks as Block[])).toContain('Répondu par <@U0JULIE>');
    expect(textOf(update.blocks as Block[])).toContain('>Bonjour M. Tremblay, écrivez-nous en privé.');
  });
});

describe('the prescribed reply', () => {
  it('is shown once on the alert, in the comment’s language, and is exactly what the Reply modal holds and posts', async () => {
    await start();
    // An English complaint on the French ministry's page: its two complaint findings carry the same bilingual reply.
    const { item } = await alerted('I want to file a complaint, nobody ever calls me back about my file.');
    const reply = item.check!.findings.find((f) => f.reply)!.reply!;
    const alert = textOf(api.of('chat.postMessage')[0]!.body.blocks as Block[]);
    expect(alert).toContain(`*Réponse prescrite :*\n>${reply.en}`);
    expect(alert).not.toContain(reply.fr);
    expect(alert.split('Réponse prescrite')).toHaveLength(2);

    await click('vigie_reply', item.id);
    await vi.waitFor(() => expect(api.of('views.open')).toHaveLength(1));
    const view = api.of('views.open')[0]!.body.view as { private_metadata: string; blocks: { type: string; element?: { initial_value?: string } }[] };
    const held = view.blocks.find((b) => b.type === 'input')!.element!.initial_value;
    expect(held).toBe(reply.en);
    // Published as held: the page gets the text the alert showed.
    await submitReply(view.private_metadata, held!);
    await vi.waitFor(() => expect(platform.done).toHaveLength(1));
    expect(platform.done[0]).toEqual({ action: 'reply', itemId: item.id, text: reply.en });
  });
});

describe('reminders and digest', () => {
  beforeEach(() => start());

  it('threads a reminder under its alert, broadcasting a breached deadline to the channel', async () => {
    const { item, ref } = await alerted();
    const reminder = { kind: 'due-soon' as const, item, deadline: item.deadline!, businessMinutesLeft: 45, mark: `${item.id}:due-soon:60` };
    await h.slack.surface.remind(reminder, ref);
    await h.slack.surface.remind({ ...reminder, kind: 'breached', businessMinutesLeft: -30, mark: `${item.id}:breached:0` }, ref);
    const [, soon, late] = api.of('chat.postMessage');
    expect(soon!.body).toMatchObject({ channel: ref.channel, thread_ts: ref.messageId });
    expect(soon!.body.reply_broadcast).toBeUndefined();
    expect(textOf(soon!.body.blocks as Block[])).toContain('Échéance proche (il reste 45 min ouvrables)*');
    expect(late!.body).toMatchObject({ channel: ref.channel, thread_ts: ref.messageId, reply_broadcast: 'true' });
    expect(textOf(late!.body.blocks as Block[])).toContain('en retard de 30 min ouvrables');
  });

  it('finds its own alert when handed another surface’s, and posts on its own with the comment when there is none', async () => {
    const { item, ref } = await alerted();
    const teams: AlertRef = { surface: 'teams', channel: '19:abc', messageId: 'act-1' };
    const reminder = { kind: 'before-closing' as const, item, deadline: item.deadline!, businessMinutesLeft: 20, mark: 'm' };
    await h.slack.surface.remind(reminder, teams);
    expect(api.of('chat.postMessage')[1]!.body).toMatchObject({ channel: ref.channel, thread_ts: ref.messageId });
    await h.slack.surface.remind({ ...reminder, item: { ...item, alerts: [] } });
    const alone = api.of('chat.postMessage')[2]!.body;
    expect(alone.thread_ts).toBeUndefined();
    expect(alone.channel).toBe(CHANNEL);
    expect(textOf(alone.blocks as Block[])).toContain('>Calice que vous êtes lents');
  });

  it('posts the morning digest with totals, breakdowns and the items due', async () => {
    const item = await storedItem(h.t, INSULT);
    const stats = { open: 3, dueToday: 1, breached: 1, answeredInTime: 4, answeredLate: 1, medianReplyHours: 2.5, p90ReplyHours: 6 };
    await h.slack.surface.digest({
      policyId: 'mess-quebec',
      at: '2026-03-03T13:00:00.000Z',
      previousBusinessDay: '2026-03-02',
      totals: stats,
      byAccount: { 'Emploi Québec': stats },
      byCategory: { complaint: stats },
      dueToday: [item],
      breached: [item],
    });
    const [call] = api.of('chat.postMessage');
    expect(call!.body.channel).toBe(CHANNEL);
    const text = textOf(call!.body.blocks as Block[]);
    expect((call!.body.blocks as Block[])[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Bilan quotidien') } });
    expect(text).toContain('2.5 h ouvrables');
    expect(text).toContain('*Emploi Québec* : Ouverts 3');
    expect(text).toContain('*Plainte* : Ouverts 3');
    expect(text).toContain('*En retard (1)*');
    expect(text).toContain('*À répondre aujourd’hui (1)*');
    expect(text).toContain('*Steve Tremblay*');
  });

  it('titles a catch-up digest as such and says how many reminders it stands in for', async () => {
    const item = await storedItem(h.t, INSULT);
    const stats = { open: 12, dueToday: 0, breached: 12, answeredInTime: 0, answeredLate: 0 };
    await h.slack.surface.digest({
      policyId: 'mess-quebec',
      at: '2026-03-03T19:00:00.000Z',
      previousBusinessDay: '2026-03-02',
      totals: stats,
      byAccount: {},
      byCategory: {},
      dueToday: [],
      breached: [item],
      catchUp: { held: 11 },
    });
    const [call] = api.of('chat.postMessage');
    expect((call!.body.blocks as Block[])[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Rattrapage des rappels') } });
    expect(textOf(call!.body.blocks as Block[])).toContain('11 rappel(s) arrivé(s) en même temps');
    expect(call!.body.text).toMatch(/^Rattrapage des rappels/);
  });
});
