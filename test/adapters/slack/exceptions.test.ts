import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import nock from 'nock';
import { receiveComment } from '../../../src/moderation/receiveComment.js';
import { processItem } from '../../../src/moderation/processItem.js';
import { pageExceptions } from '../../../src/moderation/exceptions/pageExceptions.js';
import { checkDraft } from '../../../src/moderation/checkDraft.js';
import { interactionBody, postSigned } from '../../helpers/slackSign.js';
import { clickPayload, recordingPlatform, SECRET, slackApi, startSlack, warmEngine, type Harness } from './slackHarness.js';

beforeAll(() => warmEngine());

const SWEAR = 'Merci, mais tabarnak que c’est long.';
let h: Harness;
let api: ReturnType<typeof slackApi>;
let n = 0;

/** A comment through the whole pipeline: received from the page's webhook, checked, alerted. */
async function comment(text: string, pageId = 'page-1', authorId = 'fb-42') {
  n += 1;
  const { item } = await receiveComment(h.t.ctx, {
    source: 'facebook',
    externalId: `c${n}`,
    pageId,
    pageName: pageId === 'page-1' ? 'Emploi Québec' : 'Autre page',
    author: { id: authorId, name: 'Steve Tremblay' },
    text,
    at: new Date(Date.parse('2026-03-03T15:00:00Z') + n * 1000).toISOString(),
  });
  return processItem(h.t.ctx, item.id);
}

function submitException(privateMetadata: string, fields: { rule?: string; term?: string; author?: boolean; why?: string }, user = 'U0JULIE') {
  return postSigned(
    h.url,
    SECRET,
    interactionBody({
      type: 'view_submission',
      team: { id: 'T0VIGIE', domain: 'vigie' },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0VIGIE' },
      api_app_id: 'A0VIGIE',
      token: 'legacy',
      trigger_id: 'trig-submit',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'vigie_exception_submit',
        private_metadata: privateMetadata,
        hash: 'h',
        title: { type: 'plain_text', text: 'Ne plus signaler' },
        blocks: [],
        state: {
          values: {
            vigie_exception_rule: {
              value: { type: 'static_select', selected_option: fields.rule ? { value: fields.rule, text: { type: 'plain_text', text: 'x' } } : null },
            },
            vigie_exception_term: { value: { type: 'plain_text_input', value: fields.term ?? null } },
            vigie_exception_author: {
              value: { type: 'checkboxes', selected_options: fields.author ? [{ value: 'author', text: { type: 'plain_text', text: 'x' } }] : [] },
            },
            vigie_exception_why: { value: { type: 'plain_text_input', value: fields.why ?? null } },
          },
        },
      },
    }),
  );
}

beforeEach(async () => {
  api = slackApi();
  h = await startSlack({ platform: recordingPlatform(), moderators: ['slack:U0JULIE'] });
});
afterEach(async () => {
  await h.close();
  nock.cleanAll();
});

describe('« Ne plus signaler ce terme ici » from a Slack alert', () => {
  it('stops the same term being flagged by that rule on that page, and nowhere else', async () => {
    const first = await comment(SWEAR);
    expect(first.check!.findings.map((f) => [f.rule, f.match])).toEqual([['mess-quebec/obscene', 'tabarnak']]);
    const alert = api.of('chat.postMessage')[0]!.body;
    const buttons = (alert.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []);
    expect(buttons.find((b) => b.action_id === 'vigie_exception')?.value).toBe(first.id);

    const click = await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_exception', first.id)));
    expect(click.status).toBe(200);
    await vi.waitFor(() => expect(api.of('views.open')).toHaveLength(1));
    const view = api.of('views.open')[0]!.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id?: string; element?: { initial_value?: string; initial_option?: { value: string } } }[];
    };
    expect(view.callback_id).toBe('vigie_exception_submit');
    const block = (id: string) => view.blocks.find((b) => b.block_id === id)!;
    expect(block('vigie_exception_term').element!.initial_value).toBe('tabarnak');
    expect(block('vigie_exception_rule').element!.initial_option!.value).toBe('mess-quebec/obscene');

    // No reason: the modal stays open with the reason asked for under its field; nothing is stored.
    const bare = await submitException(view.private_metadata, { rule: 'mess-quebec/obscene', term: 'tabarnak' });
    expect(bare.json()).toEqual({
      response_action: 'errors',
      errors: { vigie_exception_why: 'Dites pourquoi : la raison est gardée avec l’exception.' },
    });
    // A term that is not part of the match is refused under the term.
    const wrong = await submitException(view.private_metadata, { rule: 'mess-quebec/obscene', term: 'long', why: 'juron de soulagement' });
    expect(Object.keys((wrong.json() as { errors: Record<string, string> }).errors)).toEqual(['vigie_exception_term']);
    expect(await pageExceptions(h.t.store)).toEqual([]);

    const ok = await submitException(view.private_metadata, {
      rule: 'mess-quebec/obscene',
      term: 'Tabarnak',
      why: 'Sur cette page, un juron de soulagement courant',
    });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('');
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(String(api.of('chat.postEphemeral')[0]!.body.text)).toContain(
      '« Tabarnak » ne sera plus signalé par la règle mess-quebec/obscene sur la page Emploi Québec',
    );
    const [stored] = await pageExceptions(h.t.store, 'page-1');
    expect(stored).toMatchObject({
      pageId: 'page-1',
      rule: 'mess-quebec/obscene',
      term: 'Tabarnak',
      by: 'slack:U0JULIE',
      why: 'Sur cette page, un juron de soulagement courant',
      itemId: first.id,
    });
    const audit = (await h.t.store.listAudit()).filter((e) => e.decision === 'exception-added');
    expect(audit).toMatchObject([{ actor: 'slack:U0JULIE', rules: ['mess-quebec/obscene'], result: 'ok' }]);

    // The same term on the same page: not flagged, and the record says which exception waived it.
    const again = await comment('Tabarnak, enfin une réponse!');
    expect(again.verdict).toBe('ok');
    expect(again.status).toBe('approved');
    expect(again.check!.waived).toEqual([{ rule: 'mess-quebec/obscene', match: 'Tabarnak', exception: stored!.id }]);
    // Another page: flagged as before.
    const elsewhere = await comment('Tabarnak, enfin une réponse!', 'page-2');
    expect(elsewhere.verdict).toBe('hide');
    // /checkpost for that page honours it; without the page it does not.
    const policy = h.t.ctx.policies.get('mess-quebec')!;
    expect((await checkDraft(h.t.ctx, { policy, text: 'Tabarnak!', kind: 'comment', pageId: 'page-1' })).verdict).toBe('ok');
    expect((await checkDraft(h.t.ctx, { policy, text: 'Tabarnak!', kind: 'comment' })).verdict).toBe('hide');
  });

  it('refuses someone who is not a moderator, at the button and at the submission, and audits both', async () => {
    const first = await comment(SWEAR);
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_exception', first.id, 'U0INTRUS')));
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect(api.of('views.open')).toHaveLength(0);
    const forged = await submitException(
      JSON.stringify({ itemId: first.id, channel: 'C0ALERTS' }),
      { rule: 'mess-quebec/obscene', term: 'tabarnak', why: 'x' },
      'U0INTRUS',
    );
    expect(forged.status).toBe(200);
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(2));
    expect(await pageExceptions(h.t.store)).toEqual([]);
    const refused = (await h.t.store.listAudit()).filter((e) => e.decision === 'exception');
    expect(refused).toHaveLength(2);
    expect(refused.every((e) => e.actor === 'slack:U0INTRUS' && e.result === 'error')).toBe(true);
  });

  it('excepts an author as a known organization on that page only', async () => {
    const first = await comment(SWEAR, 'page-1', 'fb-org');
    await postSigned(h.url, SECRET, interactionBody(clickPayload('vigie_exception', first.id)));
    await vi.waitFor(() => expect(api.of('views.open')).toHaveLength(1));
    const view = api.of('views.open')[0]!.body.view as { private_metadata: string };
    await submitException(view.private_metadata, { rule: 'mess-quebec/obscene', author: true, why: 'Partenaire communautaire' });
    await vi.waitFor(() => expect(api.of('chat.postEphemeral')).toHaveLength(1));
    expect((await comment('Maudit tabarnak de bon spectacle', 'page-1', 'fb-org')).verdict).toBe('ok');
    expect((await comment('Maudit tabarnak de bon spectacle', 'page-1', 'fb-other')).verdict).toBe('hide');
  });
});
