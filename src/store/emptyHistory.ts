import type { AuthorHistory } from './Store.js';

export function emptyHistory(): AuthorHistory {
  return { recent: [], violations: [] };
}
