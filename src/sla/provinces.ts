/**
 * Canada's provinces and territories, as date-holidays names them (country CA): every one is a valid
 * `calendar.province` (issue 20: a public body anywhere in Canada, not only in Québec and Ontario).
 */
export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Province = (typeof PROVINCES)[number];

/** Each province's name in both languages and the time zone of its capital (what a draft policy starts from). */
export const PROVINCE_INFO: Record<Province, { fr: string; en: string; timeZone: string }> = {
  AB: { fr: 'Alberta', en: 'Alberta', timeZone: 'America/Edmonton' },
  BC: { fr: 'Colombie-Britannique', en: 'British Columbia', timeZone: 'America/Vancouver' },
  MB: { fr: 'Manitoba', en: 'Manitoba', timeZone: 'America/Winnipeg' },
  NB: { fr: 'Nouveau-Brunswick', en: 'New Brunswick', timeZone: 'America/Moncton' },
  NL: { fr: 'Terre-Neuve-et-Labrador', en: 'Newfoundland and Labrador', timeZone: 'America/St_Johns' },
  NS: { fr: 'Nouvelle-Écosse', en: 'Nova Scotia', timeZone: 'America/Halifax' },
  NT: { fr: 'Territoires du Nord-Ouest', en: 'Northwest Territories', timeZone: 'America/Yellowknife' },
  NU: { fr: 'Nunavut', en: 'Nunavut', timeZone: 'America/Iqaluit' },
  ON: { fr: 'Ontario', en: 'Ontario', timeZone: 'America/Toronto' },
  PE: { fr: 'Île-du-Prince-Édouard', en: 'Prince Edward Island', timeZone: 'America/Halifax' },
  QC: { fr: 'Québec', en: 'Quebec', timeZone: 'America/Toronto' },
  SK: { fr: 'Saskatchewan', en: 'Saskatchewan', timeZone: 'America/Regina' },
  YT: { fr: 'Yukon', en: 'Yukon', timeZone: 'America/Whitehorse' },
};

export function isProvince(v: string): v is Province {
  return (PROVINCES as readonly string[]).includes(v);
}
