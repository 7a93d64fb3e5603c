import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../adapters/shell/render.js';
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
    const policy = { name: 'Ville de Senneterre', zone: 'America/Toronto' };
    expect(renderDigest(digest, () => 1, 'fr', policy)).toMatch(/^📋 Bilan — Ville de Senneterre — /);
    const fr = renderDigest({ ...digest, catchUp: { held: 9 } }, () => 1, 'fr', policy).split('\n');
    expect(fr[0]).toMatch(/^📋 Rattrapage des rappels — Ville de Senneterre — /);
    expect(fr[1]).toBe('  9 rappel(s) arrivé(s) en même temps sont regroupés ici plutôt qu’affichés un par un.');
    expect(renderDigest({ ...digest, catchUp: { held: 9 } }, () => 1, 'en', policy)).toContain('9 reminder(s) came due at once');
  });
});
