import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../adapters/shell/render.js';
import type { Policy } from '../../../src/policy/schema.js';
import type { Digest } from '../../../src/sla/types.js';

const stats = { open: 12, dueToday: 0, breached: 12, answeredInTime: 0, answeredLate: 0 };
const digest: Digest = {
  policyId: 'senneterre',
  at: '2026-11-23T20:00:00.000Z',
  previousBusinessDay: '2026-11-20',
  totals: stats,
  byAccount: {},
  byCategory: {},
  dueToday: [],
  breached: [],
};

describe('renderDigest', () => {
  it('prints the morning digest under its own title, and a catch-up as a catch-up with the reminders it holds', () => {
    const policy = { name: { fr: 'Ville de Senneterre', en: 'Town of Senneterre' }, calendar: { timeZone: 'America/Toronto' } } as unknown as Policy;
    const look = (lang: 'fr' | 'en') => ({ lang, policy, now: new Date(digest.at) });
    expect(renderDigest(digest, () => 1, look('fr'))).toMatch(/^📋 Bilan quotidien — Ville de Senneterre — /);
    const fr = renderDigest({ ...digest, catchUp: { held: 9 } }, () => 1, look('fr')).split('\n');
    expect(fr[0]).toMatch(/^📋 Rattrapage des rappels — Ville de Senneterre — /);
    expect(fr[1]).toMatch(/^ {2}9 rappel\(s\) arrivé\(s\) en même temps .* sont regroupés ici plutôt qu’envoyés un par un\./);
    expect(renderDigest({ ...digest, catchUp: { held: 9 } }, () => 1, look('en'))).toContain('9 reminder(s) came due at once');
  });
});
