// The digest's line for a polling pause, on the console and in Teams (Slack's is in youtubePipeline.test.ts).
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../adapters/shell/render.js';
import { digestCard } from '../../../adapters/teams/cards/digestCard.js';
import type { Policy } from '../../../src/policy/schema.js';
import type { Digest } from '../../../src/sla/types.js';

const stats = { open: 0, dueToday: 0, breached: 0, answeredInTime: 0, answeredLate: 0 };
const digest: Digest = {
  policyId: 'senneterre',
  at: '2026-03-04T13:30:00.000Z',
  previousBusinessDay: '2026-03-03',
  totals: stats,
  byAccount: {},
  byCategory: {},
  dueToday: [],
  breached: [],
  paused: [
    {
      source: 'youtube',
      account: 'UCabcdefghijklmnopqrstuv',
      accountName: 'Ville de Senneterre',
      from: '2026-03-03T20:00:00.000Z',
      until: '2026-03-04T08:00:00.000Z',
      reason: 'quota',
    },
  ],
};

describe('a polling pause in the digest', () => {
  it('is said on the console in the reader’s language, with its times', () => {
    const policy = { name: { fr: 'Ville de Senneterre', en: 'Town of Senneterre' }, calendar: { timeZone: 'America/Toronto' } } as unknown as Policy;
    const fr = renderDigest(digest, () => 1, { lang: 'fr', policy, now: new Date(digest.at) }).split('\n');
    expect(fr[1]).toMatch(
      /^ {2}⏸ Relevé YouTube suspendu sur Ville de Senneterre du .*15 h.* au .*3 h.* : le quota quotidien de l’API était épuisé\./,
    );
    const en = renderDigest(digest, () => 1, { lang: 'en', policy, now: new Date(digest.at) });
    expect(en).toMatch(/YouTube polling paused on Ville de Senneterre from .* until .*: the API's daily quota was spent\./);
    expect(renderDigest({ ...digest, paused: undefined }, () => 1, { lang: 'fr', policy, now: new Date(digest.at) })).not.toContain('Relevé');
  });

  it('is a warning line of the Teams card', () => {
    const card = JSON.stringify(digestCard(digest, { lang: 'en', when: (iso) => `at ${iso}` }));
    expect(card).toContain('YouTube polling paused on Ville de Senneterre from at 2026-03-03T20:00:00.000Z until at 2026-03-04T08:00:00.000Z');
    expect(card).toContain('"color":"Warning"');
  });
});
