import { CATEGORY_LABELS } from '../policy/categoryLabels.js';
import type { Category, Lang } from '../policy/types.js';
import { say } from './Message.js';

/** « insulte 2, sans catégorie 1 »: the categories staff named for what Vigie missed, most first. */
export function missedCategories(byCategory: Record<string, number>, lang: Lang): string {
  return Object.entries(byCategory)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c, n]) => `${c === 'none' ? say(lang, 'rules.no-category') : c in CATEGORY_LABELS ? CATEGORY_LABELS[c as Category][lang] : c} ${n}`)
    .join(', ');
}
