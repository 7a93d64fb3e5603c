import type { LanguageCues } from './draftingData.js';
import { findCues, fold } from './words.js';
import type { Unit } from './clauses.js';

export interface ReplyTarget {
  businessDays: number;
  /** The sentence that promises it. */
  quote: string;
}

/**
 * The reply promise of a document, in business days: « 24 heures » → 1, « un jour ouvrable » → 1, « de 24 à 48
 * heures » → 2 (the end of the promise), "within two business days" → 2. Only in a sentence about answering.
 */
export function replyTarget(all: Unit[], cues: LanguageCues): ReplyTarget | undefined {
  const t = cues.replyTarget;
  const through = new Set(cues.hours.through.map(fold));
  for (const unit of all) {
    const ws = unit.words;
    if (findCues(t.words, ws).length === 0) continue;
    let best: number | undefined;
    for (let i = 0; i < ws.length; i++) {
      const n = number(ws[i]!.text, t.numbers);
      if (n === undefined) continue;
      // « 24 à 48 heures »: the unit follows the second number.
      let j = i + 1;
      let value = n;
      if (ws[j] && through.has(ws[j]!.text) && ws[j + 1] && number(ws[j + 1]!.text, t.numbers) !== undefined) {
        value = number(ws[j + 1]!.text, t.numbers)!;
        j += 2;
      }
      const rest = ws.slice(j);
      const days = findCues(t.days, rest).find((h) => h.from === 0);
      const hours = findCues(t.hours, rest).find((h) => h.from === 0);
      const businessDays = days ? value : hours ? Math.ceil(value / 24) : undefined;
      if (businessDays !== undefined && businessDays > 0 && businessDays <= 30) best ??= businessDays;
    }
    if (best !== undefined) return { businessDays: best, quote: unit.text };
  }
  return undefined;
}

function number(word: string, numbers: Map<string, number>): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return numbers.get(word);
}
