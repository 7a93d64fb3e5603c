import { describe, expect, it } from 'vitest';
import { slaCommand } from '../../src/sla/slaCommand.js';
import { fakeIo } from '../cli/fakeIo.js';
import { makePolicy } from './makePolicy.js';

const policies = new Map([
  ['mess-quebec', makePolicy({ id: 'mess-quebec' })],
  ['baie-comeau', makePolicy({ id: 'baie-comeau', sla: { targets: { comment: { businessDays: 1 }, message: { businessDays: 2 } } } })],
]);

describe('vigie sla', () => {
  it('prints JSON with the policy offset', async () => {
    const t = fakeIo();
    expect(await slaCommand(['--policy', 'mess-quebec', '--received', '2026-11-23T15:00:00-05:00', '--json'], t.io, policies)).toBe(0);
    expect(JSON.parse(t.out())).toEqual({
      policy: 'mess-quebec',
      kind: 'comment',
      received: '2026-11-23T15:00:00.000-05:00',
      deadline: '2026-11-24T15:00:00.000-05:00',
      remindAt: ['2026-11-24T13:00:00.000-05:00'],
      reminders: [{ kind: 'due-soon', at: '2026-11-24T13:00:00.000-05:00', thresholdMinutes: 120 }],
      businessDays: 1,
      closedDays: [],
    });
    expect(t.err()).toBe('');
  });

  it('skips the closing days of the policy and names them (issue 16 item 7)', async () => {
    const quebec = new Map([
      [
        'mess-quebec',
        makePolicy({
          id: 'mess-quebec',
          calendar: {
            closures: [
              { on: '12-24', name: 'veille de Noël' },
              { on: '12-26', name: 'lendemain de Noël' },
            ],
          },
        }),
      ],
    ]);
    const json = fakeIo();
    await slaCommand(['--policy', 'mess-quebec', '--received', '2025-12-23T15:00', '--json'], json.io, quebec);
    expect(JSON.parse(json.out())).toMatchObject({
      deadline: '2025-12-29T15:00:00.000-05:00',
      closedDays: [
        { day: '2025-12-24', why: 'veille de Noël' },
        { day: '2025-12-25', why: 'Christmas Day' },
        { day: '2025-12-26', why: 'lendemain de Noël' },
      ],
    });
    const fr = fakeIo();
    await slaCommand(['--policy', 'mess-quebec', '--received', '2025-12-23T15:00'], fr.io, quebec);
    expect(fr.out()).toContain('réponse attendue au plus tard le lundi 29 décembre 2025 à 15 h 00');
    expect(fr.out()).toContain(
      'Bureau fermé, hors délai : mercredi 24 décembre 2025 (veille de Noël), jeudi 25 décembre 2025 (Christmas Day), vendredi 26 décembre 2025 (lendemain de Noël).',
    );
  });

  it('--help explains the command and exits 0, in either language, without needing a policy', async () => {
    const fr = fakeIo();
    expect(await slaCommand(['--help'], fr.io, new Map())).toBe(0);
    expect(fr.out()).toMatch(/^usage : vigie sla --policy ID --received ISO8601/);
    expect(fr.out()).toContain('jours de fermeture');
    const en = fakeIo();
    expect(await slaCommand(['--help', '--lang', 'en'], en.io, new Map())).toBe(0);
    expect(en.out()).toMatch(/^usage: vigie sla/);
    expect(en.out()).toContain('--kind KIND        comment (default) or message');
    expect(fr.err() + en.err()).toBe('');
    const terminal = fakeIo('', { LANG: 'en_US.UTF-8' });
    expect(await slaCommand(['-h'], terminal.io, new Map())).toBe(0);
    expect(terminal.out()).toMatch(/^usage: vigie sla/);
  });

  it('tells the instant the sweep will remind, not the closing minute at which nobody is there (issue 19)', async () => {
    const ontario = new Map([['ombudsman-ontario', makePolicy({ id: 'ombudsman-ontario', calendar: { province: 'ON' } })]]);
    const t = fakeIo();
    await slaCommand(['--policy', 'ombudsman-ontario', '--received', '2026-06-30T10:30', '--json'], t.io, ontario);
    expect(JSON.parse(t.out())).toMatchObject({
      deadline: '2026-07-02T10:30:00.000-04:00', // Canada Day in between
      remindAt: ['2026-07-02T08:30:00.000-04:00'],
    });
  });

  it('reads a time without offset in the policy zone, a UTC one too, and uses the kind', async () => {
    const a = fakeIo();
    await slaCommand(['--policy', 'baie-comeau', '--received', '2026-11-20T15:00', '--kind', 'message', '--json'], a.io, policies);
    expect(JSON.parse(a.out())).toMatchObject({ received: '2026-11-20T15:00:00.000-05:00', deadline: '2026-11-24T15:00:00.000-05:00' });
    const b = fakeIo();
    await slaCommand(['--policy', 'mess-quebec', '--received', '2026-07-03T19:00:00Z', '--json'], b.io, policies);
    expect(JSON.parse(b.out())).toMatchObject({ received: '2026-07-03T15:00:00.000-04:00', deadline: '2026-07-06T15:00:00.000-04:00' });
  });

  it('speaks French by default and English on request', async () => {
    const fr = fakeIo();
    await slaCommand(['--policy', 'mess-quebec', '--received', '2026-11-23T15:00-05:00'], fr.io, policies);
    expect(fr.out()).toContain('Reçu le lundi 23 novembre 2026 à 15 h 00 — réponse attendue au plus tard le mardi 24 novembre 2026 à 15 h 00');
    expect(fr.out()).toContain('Rappel : mardi 24 novembre 2026 à 13 h 00 — échéance proche (2 h 00 ouvrables restantes)');
    const en = fakeIo();
    await slaCommand(['--policy', 'mess-quebec', '--received', '2026-11-21T10:00-05:00', '--lang', 'en'], en.io, policies);
    expect(en.out()).toContain('Received Saturday, November 21, 2026 at 10:00 AM — reply due by Monday, November 23, 2026 at 4:30 PM');
    expect(en.out()).toContain('Received outside office hours: the clock starts Monday, November 23, 2026 at 8:30 AM.');
  });

  it.each([
    [['--received', '2026-11-23T15:00'], /^vigie sla: --policy is required \(one of: baie-comeau, mess-quebec\)\n$/],
    [['--policy', 'nope', '--received', '2026-11-23T15:00'], /^vigie sla: unknown policy 'nope' \(one of: baie-comeau, mess-quebec\)\n$/],
    [['--policy', 'mess-quebec'], /^vigie sla: --received is required/],
    [['--policy', 'mess-quebec', '--received', '23/11/2026'], /^vigie sla: --received '23\/11\/2026' is not an ISO 8601 date-time/],
    [['--policy', 'mess-quebec', '--received', '2026-13-40T25:00'], /is not an ISO 8601 date-time/],
    [['--policy', 'mess-quebec', '--received', '2026-11-23T15:00', '--kind', 'post'], /^vigie sla: --kind must be comment or message, not 'post'\n$/],
    [['--policy', 'mess-quebec', '--received', '2026-11-23T15:00', '--lang', 'de'], /^vigie sla: --lang must be fr or en/],
    [['--policy', 'mess-quebec', '--received', '2026-11-23T15:00', '--bogus'], /^vigie sla: Unknown option '--bogus'.*usage: vigie sla/],
    [['--policy', 'mess-quebec', '--received'], /^vigie sla: Option '--received <value>' argument missing/],
  ])('exit 2 with one line: %j', async (argv, expected) => {
    const t = fakeIo();
    expect(await slaCommand(argv, t.io, policies)).toBe(2);
    expect(t.err()).toMatch(expected);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.out()).toBe('');
  });
});
