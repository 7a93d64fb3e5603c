import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../../adapters/teams/teamsGate.js';

describe('isLoopback (the peers VIGIE_TEAMS_LOCAL lets in)', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['fd00::2', false],
    ['1127.0.0.1', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
