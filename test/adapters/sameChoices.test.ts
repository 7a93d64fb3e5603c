import { beforeAll, describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { alertBlocks, type AlertLook } from '../../adapters/slack/blocks/alertBlocks.js';
import { DECISION_ACTIONS } from '../../adapters/slack/ids.js';
import { alertCard } from '../../adapters/teams/cards/alertCard.js';
import { outcomeCard } from '../../adapters/teams/cards/outcomeCard.js';
import { renderAlert, renderOutcome } from '../../adapters/shell/render.js';
import type { DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { Item } from '../../src/moderation/Item.js';
import { message } from '../../src/messages/Message.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import type { Policy } from '../../src/policy/schema.js';
import { flaggedItem } from './teams/fixtures.js';

// Issue 15 item 3: Slack offered Reply only when the comment called for an answer or the policy prescribed one,
// Teams always; Slack kept Reply on an approved question, Teams nothing; Teams filled its reply box in the reader's
// language where the core posts the comment's. The core now answers (alertOffer); every surface renders it.

let policy: Policy;
beforeAll(async () => {
  policy = (await loadPolicies()).get('mess-quebec')!;
});

const when = () => 'mardi 10 mars à 10 h 00';
const look = (): AlertLook => ({ policy, lang: 'fr', when });

const noReply = (item: Item): Item => ({ ...item, check: { ...item.check!, findings: item.check!.findings.map(({ reply: _r, ...f }) => f) } });
const insultOnly = noReply(flaggedItem({ needsReply: false }));
const question = noReply(flaggedItem({ needsReply: true, verdict: 'ok', check: { ...flaggedItem().check!, verdict: 'ok' } }));
const prescribed = flaggedItem({ needsReply: false });

const ok = (item: Item, decision: DecisionOutcome['decision'], after: Partial<Item>): DecisionOutcome => ({
  item: { ...item, decision, decidedAt: item.receivedAt, decidedBy: 'slack:U0JULIE', ...after },
  decision,
  by: { surface: 'slack', id: 'U0JULIE', name: 'julie' },
  at: item.receivedAt,
  ok: true,
});
const failed = (item: Item): DecisionOutcome => ({
  item,
  decision: 'hide',
  by: { surface: 'teams', id: 'a' },
  at: item.receivedAt,
  ok: false,
  error: message('platform.rate_limited', {}),
});

function slackChoices(item: Item, outcome?: DecisionOutcome): string[] {
  const actions = alertBlocks(item, look(), outcome).find((b): b is types.ActionsBlock => b.type === 'actions');
  // The decisions only: Slack also offers « Ne plus signaler ce terme ici » (an exception, issue 21), not a decision.
  return (actions?.elements ?? [])
    .map((e) => (e as types.Button).action_id)
    .filter((id): id is keyof typeof DECISION_ACTIONS => id !== undefined && id in DECISION_ACTIONS)
    .map((id) => DECISION_ACTIONS[id]);
}

function teamsChoices(item: Item, outcome?: DecisionOutcome): string[] {
  const opts = { lang: 'fr' as const, policyLanguage: policy.language, when };
  const card = outcome ? outcomeCard(outcome, opts) : alertCard(item, opts);
  return (card.actions ?? []).filter((a) => a.type === 'Action.Execute').map((a) => String(a.verb));
}

const TYPED: Record<string, string> = { approuver: 'approve', masquer: 'hide', repondre: 'reply', supprimer: 'delete' };
function consoleChoices(item: Item, outcome?: DecisionOutcome): string[] {
  const shown = outcome
    ? renderOutcome(outcome, 1, { lang: 'fr', policy, now: new Date() })
    : renderAlert(item, 1, { lang: 'fr', policy, now: new Date() });
  const line = shown.split('\n').find((l) => l.trim().startsWith('Choix :')) ?? '';
  return [...line.matchAll(/\/(\w+) 1/g)].map((m) => TYPED[m[1]!]!);
}

describe('every surface offers the choices the core offers, for the same item', () => {
  it.each([
    ['a comment to hide that asks nothing and has no prescribed reply', insultOnly, undefined, ['approve', 'hide', 'delete']],
    ['a question that breaks no rule', question, undefined, ['approve', 'hide', 'reply', 'delete']],
    ['a comment whose finding prescribes a reply', prescribed, undefined, ['approve', 'hide', 'reply', 'delete']],
    ['an approved question still awaiting its answer', question, ok(question, 'approve', { status: 'open' }), ['reply']],
    ['a hidden comment', insultOnly, ok(insultOnly, 'hide', { status: 'hidden' }), []],
    ['a decision the platform refused: everything, to try again', insultOnly, failed(insultOnly), ['approve', 'hide', 'delete']],
  ] as const)('%s', (_what, item, outcome, expected) => {
    expect(slackChoices(item, outcome)).toEqual(expected);
    expect(teamsChoices(item, outcome)).toEqual(expected);
    expect(consoleChoices(item, outcome)).toEqual(expected);
  });

  it('shows, on every surface, the reply that Reply posts: the comment’s language, else the policy’s, never the reader’s', () => {
    // French policy, comment language unknown, English reader: the core posts the French reply.
    const item = flaggedItem({ needsReply: true });
    const expected = item.check!.findings[1]!.reply!.fr;
    const card = alertCard(item, { lang: 'en', policyLanguage: 'fr', when });
    expect(card.body.find((b) => b.type === 'Input.Text')).toMatchObject({ value: expected });
    expect(JSON.stringify(alertBlocks(item, { ...look(), lang: 'en' }))).toContain(expected);
    expect(renderAlert(item, 1, { lang: 'en', policy, now: new Date() })).toContain(expected);
  });

  it('Teams shows the reply the core posted, not one it derives again', () => {
    const item = flaggedItem();
    const done: DecisionOutcome = { ...ok(item, 'reply', { status: 'answered' }), replyText: 'Bonjour, écrivez-nous à info@example.org.' };
    const text = JSON.stringify(outcomeCard(done, { lang: 'fr', policyLanguage: 'fr', when }));
    expect(text).toContain('Bonjour, écrivez-nous à info@example.org.');
    expect(text).not.toContain(item.check!.findings[1]!.reply!.fr);
  });
});
