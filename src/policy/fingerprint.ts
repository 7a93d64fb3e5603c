/**
 * A comment's fingerprint for the repetition rule: case, accents, punctuation, emoji and spacing do not count,
 * so "MERCI!!!" and "merci" are the same text. The pipeline stores it in AuthorHistory.recent; the rule
 * compares the new comment's fingerprint with those.
 */
export function fingerprint(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
