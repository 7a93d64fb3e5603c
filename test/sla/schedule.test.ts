import { describe, expect, it } from 'vitest';
import cron from 'node-cron';
import { beforeClosingCron, digestCron, reminderCron, slaSchedule } from '../../src/sla/schedule.js';
import { makePolicy } from './makePolicy.js';

describe('schedule', () => {
  it('digest at opening and a tick before closing on the working weekdays, in the policy zone', () => {
    const p = makePolicy();
    expect(digestCron(p)).toEqual([{ name: 'sla-digest:test-qc', cron: '30 8 * * 1,2,3,4,5', timeZone: 'America/Toronto', job: 'digest' }]);
    expect(beforeClosingCron(p)).toEqual([
      { name: 'sla-before-closing:test-qc', cron: '0 16 * * 1,2,3,4,5', timeZone: 'America/Toronto', job: 'reminders' },
    ]);
  });

  it('one line per distinct opening (a shorter Friday), and valid node-cron expressions with unique names', () => {
    const day: [string, string][] = [
      ['08:30', '12:00'],
      ['13:00', '16:30'],
    ];
    const p = makePolicy({
      id: 'short-friday',
      calendar: { hours: { mon: day, tue: day, wed: day, thu: day, fri: [['08:00', '12:00']], sat: [], sun: [] } },
    });
    expect(digestCron(p).map((s) => s.cron)).toEqual(['30 8 * * 1,2,3,4', '0 8 * * 5']);
    expect(beforeClosingCron(p).map((s) => s.cron)).toEqual(['0 16 * * 1,2,3,4', '30 11 * * 5']);
    const all = slaSchedule([p, makePolicy()]);
    expect(all[0]).toEqual(reminderCron());
    for (const s of all) expect(cron.validate(s.cron)).toBe(true);
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
  });
});
