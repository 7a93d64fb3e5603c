import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../src/sla/formatWhen.js';
import { formatReminder } from '../../src/sla/formatReminder.js';
import { lookFor } from '../../adapters/slack/lookFor.js';
import { policyLook } from '../../adapters/teams/policyLook.js';
import { at, makePolicy } from './makePolicy.js';
import { makeItem } from './makeItem.js';

// Issue 16 item 9: « mardi 29 décembre » read in January names no year.
const policy = makePolicy();
const ctx = (now: string) => ({ policies: new Map([[policy.id, policy]]), defaultPolicyId: policy.id, now: () => at(now) });

describe('dates carry their year when it is not the current one', () => {
  it("formatWhen: with the reader's now, the year appears only for another year", () => {
    const due = at('2026-12-29T15:00');
    expect(formatWhen(due, policy, 'fr', { now: at('2026-12-01T09:00') })).toBe('mardi 29 décembre à 15 h 00');
    expect(formatWhen(due, policy, 'fr', { now: at('2027-01-04T09:00') })).toBe('mardi 29 décembre 2026 à 15 h 00');
    expect(formatWhen(at('2027-01-04T08:30'), policy, 'en', { now: at('2026-12-30T16:00') })).toBe('Monday, January 4, 2027 at 8:30 AM');
  });

  it('on Slack and Teams, and in reminders', () => {
    const iso = at('2027-01-04T08:30').toISOString();
    expect(lookFor(ctx('2026-12-30T16:00'), policy.id).when(iso)).toBe('lundi 4 janvier 2027 à 8 h 30');
    expect(lookFor(ctx('2027-01-02T10:00'), policy.id).when(iso)).toBe('lundi 4 janvier à 8 h 30');
    expect(policyLook(ctx('2026-12-30T16:00')).whenFor(policy.id, 'en')(iso)).toBe('Monday, January 4, 2027 at 8:30 AM');
    const item = makeItem(at('2026-12-30T15:00'));
    const said = formatReminder('due-soon', item, iso, 60, policy, at('2026-12-30T16:00'));
    expect(said.fr).toContain('reçu le mercredi 30 décembre à 15 h 00, réponse attendue au plus tard le lundi 4 janvier 2027 à 8 h 30');
  });
});
