import { words, type Word } from './words.js';

/**
 * A sentence of the document, or a sentence of one of its list items, with the sentence that introduced the list
 * (« Le Ministère se réserve le droit de supprimer tout commentaire : »), since an item alone (« partisan; ») says
 * little. Its text is a piece of one line of the plain text, as written.
 */
export interface Unit {
  text: string;
  words: Word[];
  /** A list item's sentence. */
  item: boolean;
  /** The sentence ending in « : » that opened the list this item is in. */
  leadIn?: Unit;
  /** Index of the unit in the document, to keep its order. */
  index: number;
  /** The whole line, for a reply that should keep every sentence of it. */
  line: string;
}

const BULLET = /^(?:(?:[-•*·–—➤►▪◦>]|\d{1,2}[.)]|[a-z][.)]|\([ivx]+\)|[ivx]+[.)])\s*)+(?=\S)/iu;

/** Sentence ends: a stop, then spaces, then a capital or a digit (« a.m. to » does not end one). */
const SENTENCE_END = /(?<=[.!?;])\s+(?=[«"“(]?\s?[\p{Lu}\d])/u;

export function units(plain: string): Unit[] {
  const out: Unit[] = [];
  let leadIn: Unit | undefined;
  for (const raw of plain.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = BULLET.exec(line);
    // « 1. Les publications... » and « - partisan; » are items; a line that is one short label is a heading.
    const item = bullet !== null && !/^\d{1,2}[.)]\d/.test(line);
    const body = item ? line.slice(bullet![0].length) : line;
    if (!item) leadIn = undefined;
    // A heading (« Plaintes », « Vie privée et intégrité ») names a subject; the sentences under it state the rule.
    if (!item && isHeading(body)) continue;
    const sentences = body.split(SENTENCE_END).filter((s) => s.trim() !== '');
    let last: Unit | undefined;
    for (const s of sentences) {
      const text = s.trim();
      last = { text, words: words(text), item, index: out.length, line: body, ...(item && leadIn ? { leadIn } : {}) };
      out.push(last);
    }
    if (last && /:\s*$/.test(body)) leadIn = last;
  }
  return out;
}

function isHeading(line: string): boolean {
  return !/[.:;!?»"”)]$/u.test(line) && line.split(' ').length <= 6;
}

/** A unit's text without its closing punctuation (« partisan; » → « partisan »), as the policies quote. */
export function bare(text: string): string {
  return text.replace(/[\s;:,.]+$/u, '').replace(/^[\s,;]+/u, '');
}

// Long enough that a sentence is rarely cut: a cut can drop the very words (« ne ... pas ») that give its sense.
const MAX_QUOTE = 320;

/**
 * The words a rule quotes: the sentence, cut with « [...] » around the words that named the category when it is
 * long, and after the last words of the sentence that opened its list when it is a list item. Every piece between
 * the « [...] » is a run of the document's own words.
 */
export function quote(unit: Unit, aroundWord?: number): string {
  const own = elide(bare(unit.text), unit.words, aroundWord);
  // A long item that starts as a sentence (« Il est interdit de publier des renseignements personnels ») stands on
  // its own; a fragment (« racist, hateful, sexist... messages ») needs the words that opened its list.
  if (!unit.leadIn || (own.length >= 80 && /^[\p{Lu}«"“]/u.test(own))) return own;
  const lead = bare(unit.leadIn.text);
  const pieces = lead.split(' ');
  const tail = pieces.length > 10 ? pieces.slice(-10).join(' ') : lead;
  return `${tail} [...] ${own}`;
}

function elide(text: string, ws: Word[], aroundWord: number | undefined): string {
  if (text.length <= MAX_QUOTE) return text;
  const pieces = text.split(' ');
  // The piece holding the cue's word: count the spaces before the word's start.
  const at = aroundWord !== undefined && ws[aroundWord] ? text.slice(0, ws[aroundWord]!.start).split(' ').length - 1 : 0;
  const head = 12;
  const from = Math.max(0, at - 8);
  const to = Math.min(pieces.length, at + 10);
  if (from <= head + 2) return bare(pieces.slice(0, Math.max(to, head)).join(' '));
  return `${bare(pieces.slice(0, head).join(' '))} [...] ${bare(pieces.slice(from, to).join(' '))}`;
}
