import Holidays from 'date-holidays';
import type { Province } from './provinces.js';

export type { Province } from './provinces.js';

/**
 * Holidays date-holidays marks "optional" that the public bodies of the province close for anyway.
 * Québec: the Loi sur les normes du travail lets an employer choose Good Friday or Easter Monday, but the
 * Québec public service's collective agreements give both, and the municipalities we serve close both too.
 * Ontario: the Civic Holiday (first Monday of August) is a paid holiday for the Ontario Public Service.
 * Elsewhere only the days date-holidays marks public close the office; one that closes on another day too lists it
 * in `calendar.closures`. A policy that works one of these days says so in `calendar.openOn`.
 */
const CLOSED_OPTIONAL: Partial<Record<Province, readonly string[]>> = {
  QC: ['Easter Monday'],
  ON: ['Civic Holiday'],
};

const instances = new Map<Province, Holidays>();
const perYear = new Map<string, ReadonlyMap<string, string>>();

/**
 * The days (YYYY-MM-DD, local) the province's public offices are closed by statute in `year`, with their names.
 * Cached per province and year: asking date-holidays day by day costs milliseconds a call.
 */
export function statutoryHolidays(province: Province, year: number): ReadonlyMap<string, string> {
  const key = `${province}:${year}`;
  const cached = perYear.get(key);
  if (cached) return cached;
  let hd = instances.get(province);
  if (!hd) {
    hd = new Holidays('CA', province);
    instances.set(province, hd);
  }
  const days = new Map<string, string>();
  for (const h of hd.getHolidays(year)) {
    if (h.type === 'public' || (h.type === 'optional' && (CLOSED_OPTIONAL[province] ?? []).includes(h.name))) {
      days.set(h.date.slice(0, 10), h.name);
    }
  }
  perYear.set(key, days);
  return days;
}
