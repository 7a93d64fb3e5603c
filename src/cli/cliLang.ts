import { message } from '../messages/Message.js';
import { readerLang } from '../messages/readerLang.js';
import { UserError } from '../messages/UserError.js';
import type { Lang } from '../policy/types.js';

/** `--lang`, else the terminal's language, else French. */
export function cliLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  if (option === undefined) return readerLang(env) ?? 'fr';
  if (option === 'fr' || option === 'en') return option;
  throw new UserError(message('cli.bad-lang', { lang: option }));
}
