import type { Lang } from '../policy/types.js';

/**
 * The language of whoever reads a command's output when no `--lang` says it: the terminal's locale (LC_ALL, then
 * LC_MESSAGES, then LANG, the POSIX order), when it is French or English; else undefined, and the command keeps its
 * own default. An English-speaking operator no longer gets French by default (issue 16 item 9).
 */
export function readerLang(env: Record<string, string | undefined>): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const m = /^(fr|en)(?:[_.@-]|$)/i.exec(locale);
  return m ? (m[1]!.toLowerCase() as Lang) : undefined;
}
