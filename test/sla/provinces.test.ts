import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { calendarSchema } from '../../src/sla/calendarSchema.js';
import { businessCalendar } from '../../src/sla/businessCalendar.js';
import { PROVINCE_INFO, PROVINCES } from '../../src/sla/provinces.js';

const weekdays = {
  mon: [['08:30', '16:30']],
  tue: [['08:30', '16:30']],
  wed: [['08:30', '16:30']],
  thu: [['08:30', '16:30']],
  fri: [['08:30', '16:30']],
};

describe('every Canadian province and territory (issue 20)', () => {
  it('the thirteen are the ones date-holidays knows for Canada', async () => {
    const { default: Holidays } = await import('date-holidays');
    expect(Object.keys(new Holidays().getStates('CA') as Record<string, string>).sort()).toEqual([...PROVINCES].sort());
  });

  it.each(PROVINCES)('%s: the calendar accepts it, closes on Canada Day and Christmas in its own time zone', (province) => {
    const config = calendarSchema.parse({ province, timeZone: PROVINCE_INFO[province].timeZone, hours: weekdays });
    const cal = businessCalendar(config);
    expect(cal.closedBecause('2026-07-01')).toBeTruthy();
    expect(cal.closedBecause('2026-12-25')).toBeTruthy();
    // Friday 2026-07-03 at 10:00 local is open everywhere (no province closes that day).
    expect(cal.isOpen(DateTime.fromISO('2026-07-03T10:00', { zone: PROVINCE_INFO[province].timeZone }).toJSDate())).toBe(true);
  });

  it('an unknown province is refused with the list', () => {
    const r = calendarSchema.safeParse({ province: 'XX', hours: weekdays });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('YT');
  });
});
