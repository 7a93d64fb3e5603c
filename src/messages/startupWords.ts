import { entry, word } from './entry.js';

/** The banner `npm start` prints for the operator, in the operator's language (readerLang), never both glued. */
export const startupWords = {
  'startup.store': entry<{ store: string }>(
    (p) => `  magasin : ${p.store}`,
    (p) => `  store: ${p.store}`,
  ),
  'startup.policy': entry<{ id: string; n: number }>(
    (p) => `  politique : ${p.id} (${p.n} chargées)`,
    (p) => `  policy: ${p.id} (${p.n} loaded)`,
  ),
  'startup.surfaces': entry<{ list: string }>(
    (p) => `  surfaces : ${p.list}`,
    (p) => `  surfaces: ${p.list}`,
  ),
  'startup.no-surface': word('aucune — les alertes ne vont nulle part', 'none — alerts go nowhere'),
  'startup.dry-run': word(' — simulation', ' — dry run'),
};
