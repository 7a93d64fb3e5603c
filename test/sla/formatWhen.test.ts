import { describe, expect, it } from 'vitest';
import { formatBusinessMinutes, formatWhen } from '../../src/sla/formatWhen.js';
import { at, makePolicy } from './makePolicy.js';

describe('formatWhen', () => {
  const policy = makePolicy();
  it.each([
    ['2026-11-24T15:00', 'fr', {}, 'mardi 24 novembre à 15 h 00'],
    ['2026-11-23T15:00', 'fr', { year: true }, 'lundi 23 novembre 2026 à 15 h 00'],
    ['2026-12-01T08:30', 'fr', {}, 'mardi 1er décembre à 8 h 30'],
    ['2026-11-24T15:00', 'en', {}, 'Tuesday, November 24 at 3:00 PM'],
    ['2026-11-24T08:05', 'en', { year: true }, 'Tuesday, November 24, 2026 at 8:05 AM'],
    ['2026-03-09T15:00', 'fr', {}, 'lundi 9 mars à 15 h 00'], // after the spring change: still local time
  ] as const)('%s (%s)', (wall, lang, opts, expected) => {
    expect(formatWhen(at(wall), policy, lang, opts)).toBe(expected);
  });
  it('takes ISO strings too, read in the policy time zone', () => {
    expect(formatWhen('2026-11-24T20:00:00Z', policy, 'fr')).toBe('mardi 24 novembre à 15 h 00');
  });
  it('formats business durations', () => {
    expect(formatBusinessMinutes(105, 'fr')).toBe('1 h 45');
    expect(formatBusinessMinutes(45, 'en')).toBe('45 min');
    expect(formatBusinessMinutes(-120, 'en')).toBe('2 h');
  });
});
