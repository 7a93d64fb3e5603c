import { say } from '../messages/Message.js';
import { findPersonalInfo } from './rules/personalInfo.js';
import type { Lang } from './types.js';

/** The text with each piece of personal information replaced by what it was (« [masqué : un numéro de téléphone] »), and where those pieces were. */
export function maskPersonalInfo(text: string, lang: Lang): { text: string; spans: [number, number][] } {
  const hits = findPersonalInfo(text);
  // Overlapping hits (an address holding a postal code) are masked as one, the outer one's words kept.
  const merged: { span: [number, number]; what: string }[] = [];
  for (const h of [...hits].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const last = merged[merged.length - 1];
    if (last && h.span[0] < last.span[1]) last.span[1] = Math.max(last.span[1], h.span[1]);
    else merged.push({ span: [h.span[0], h.span[1]], what: h.note?.[lang] ?? h.detail ?? '' });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    out += text.slice(at, m.span[0]) + say(lang, 'record.masked', { what: m.what });
    at = m.span[1];
  }
  return { text: out + text.slice(at), spans: merged.map((m) => m.span) };
}
