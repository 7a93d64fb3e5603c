import { describe, expect, it } from 'vitest';
import { alertCard } from '../../adapters/teams/cards/alertCard.js';
import { checkCard } from '../../adapters/teams/cards/checkCard.js';
import { outcomeCard } from '../../adapters/teams/cards/outcomeCard.js';
import { renderAlert } from '../../adapters/shell/render.js';
import { message } from '../../src/messages/Message.js';
import { flaggedItem } from './teams/fixtures.js';

// Issue 16 item 9: English alerts carried French punctuation (« : » with a space before the colon, guillemets).
const when = () => 'Tuesday, March 10 at 10:00 AM';
const texts = (card: unknown) =>
  JSON.stringify(card)
    .match(/"(text|value|title)":"[^"]*"/g)!
    .join('\n');

describe('English on every surface is written with English punctuation', () => {
  const item = flaggedItem({
    check: {
      ...flaggedItem().check!,
      findings: flaggedItem().check!.findings.map((f) => ({ ...f, reply: { fr: 'Écrivez-nous.', en: 'Write to us.' } })),
    },
  });

  it('Teams: the alert, the check and a failed decision', () => {
    const cards = [
      alertCard(item, { lang: 'en', policyLanguage: 'en', when, policyName: 'Ministry' }),
      checkCard(item.check!, item.text, { lang: 'en', kind: 'post', policyName: 'Ministry' }),
      outcomeCard(
        { item, decision: 'hide', by: { surface: 'teams', id: 'a' }, at: item.receivedAt, ok: false, error: message('platform.rate_limited', {}) },
        { lang: 'en', policyLanguage: 'en', when },
      ),
      outcomeCard(
        { item, decision: 'reply', by: { surface: 'teams', id: 'a' }, at: item.receivedAt, ok: true, replyText: 'Write to us.' },
        { lang: 'en', policyLanguage: 'en', when },
      ),
    ];
    for (const card of cards) {
      expect(texts(card)).not.toMatch(/ : |[«»]/);
    }
    expect(texts(cards[0])).toContain('Clause: “');
    expect(texts(cards[2])).toContain('Failed: Facebook rate limit reached');
    // French stays French.
    expect(texts(alertCard(item, { lang: 'fr', policyLanguage: 'fr', when }))).toContain('Clause : « ');
  });

  it('console: the alert', () => {
    const en = renderAlert(item, 1, { lang: 'en', now: new Date(item.receivedAt) });
    expect(en).not.toMatch(/ : |[«»]/);
    expect(en).toMatch(/Clause: “/);
    expect(renderAlert(item, 1, { lang: 'fr', now: new Date(item.receivedAt) })).toMatch(/Clause : « /);
  });
});
