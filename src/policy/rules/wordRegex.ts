// Words from policy data → one Unicode-aware, case- and accent-tolerant regex whose matches are spans of the
// original text (no normalization step, so offsets stay true).
import { z } from 'zod';

const ACCENTS: Record<string, string> = {
  a: 'aàâäáã',
  e: 'eéèêë',
  i: 'iîïíì',
  o: 'oôöóò',
  u: 'uùûüú',
  c: 'cç',
  n: 'nñ',
  y: 'yÿ',
  œ: 'œ',
};

function letterClass(ch: string): string {
  const base = ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  const set = ACCENTS[base];
  return set ? `[${set}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word or phrase → regex source: accents optional, apostrophes of either kind, spaces or hyphens between words. */
export function wordSource(word: string): string {
  let out = '';
  for (const ch of word.trim()) {
    if (ch === "'" || ch === '’') out += "['’]";
    else if (/\s/.test(ch)) out += '[\\s\\-]+';
    else if (ch === '-') out += '[\\s\\-]?';
    else if (ch === '*') out += '[\\p{L}\\p{N}]*';
    else out += letterClass(ch);
  }
  return out;
}

/**
 * Matches any of `words` as whole words (Unicode letters and digits count as word characters). `*` at the end
 * of a word matches any ending.
 */
export function wordRegex(words: readonly string[], flags = 'giu'): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map(wordSource);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** A regular expression written in a policy: rejected at load, with the engine's reason, when it does not compile. */
export const regexSource = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    try {
      new RegExp(s, 'giu');
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
    }
  });

/** Any of `words` (as wordRegex reads them) or of `regex` (policy regexes) in one expression; none given: undefined. */
export function anyOf(words: readonly string[], regex: readonly string[], flags = 'giu'): RegExp | undefined {
  const parts = [...(words.length ? [wordRegex(words).source] : []), ...regex.map((r) => `(?:${r})`)];
  return parts.length ? new RegExp(parts.join('|'), flags) : undefined;
}
