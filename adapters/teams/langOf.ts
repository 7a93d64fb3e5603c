import type { Lang } from '../../src/policy/types.js';

/** The product language for a Teams locale ('fr-CA', 'en-US'...): French unless the person reads English. */
export function langOf(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'fr';
}
