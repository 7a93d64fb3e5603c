import type { Lang } from '../policy/types.js';

/**
 * The punctuation that differs between the two languages (issue 16 item 9: a French space before the colon in
 * English alerts). French: a space before « : » and guillemets; English: none, and curly quotes.
 */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': ';
}

/** `label : value` / `label: value`. */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${colon(lang)}${value}`;
}

/** « text » / “text”. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `« ${text} »` : `“${text}”`;
}
