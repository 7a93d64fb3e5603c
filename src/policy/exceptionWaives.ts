import { foldChar } from '../text/foldChar.js';
import type { PageException } from './PageException.js';
import type { Finding } from './types.js';

/** Lower case, no accents, one kind of apostrophe and of space: « Tabarnak » and "tabarnak" are one term. */
export function foldTerm(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTER = /[\p{L}\p{N}]/u;

/** Whether `term` stands in `match` as whole words: "con" waives "con" and "gros con", not "contrat". */
export function holdsTerm(match: string, term: string): boolean {
  const m = foldTerm(match);
  const t = foldTerm(term);
  if (!t) return false;
  for (let at = m.indexOf(t); at >= 0; at = m.indexOf(t, at + 1)) {
    const before = at > 0 ? m[at - 1]! : ' ';
    const after = at + t.length < m.length ? m[at + t.length]! : ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** The exception that waives this finding for a comment by `authorId`, if any. */
export function exceptionWaives(exceptions: readonly PageException[], finding: Finding, authorId?: string): PageException | undefined {
  for (const e of exceptions) {
    if (e.rule !== finding.rule) continue;
    if (e.author && authorId !== undefined && e.author.id === authorId) return e;
    if (e.term && holdsTerm(finding.match, e.term)) return e;
  }
  return undefined;
}
