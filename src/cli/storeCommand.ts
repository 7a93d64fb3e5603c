// What the commands that read the bot's store (`vigie rules`, `vigie exceptions`, `vigie decisions`) share: their
// options parsed with `--lang` and `--help` added, a bad option or a refused request told in one line in the reader's
// language with exit 2, the policies loaded as a one-line error, and the operator named for the audit log.
import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { message, render, type Message } from '../messages/Message.js';
import { UserError } from '../messages/UserError.js';
import type { Lang } from '../policy/types.js';
import { loadPolicies, PolicyLoadError } from '../policy/loadPolicies.js';
import { policyDirs } from '../policy/policyDirs.js';
import { cliLang } from './cliLang.js';

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;
const COMMON = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof COMMON }>>;

export interface CommandArgs<O extends Options> {
  values: Parsed<O>['values'];
  positionals: string[];
  lang: Lang;
}

/** Runs `body` with the parsed command line; `--help` prints `usage`; a UserError becomes `vigie <command>: …`, exit 2. */
export async function storeCommand<const O extends Options>(
  command: string,
  argv: string[],
  io: CliIo,
  options: O,
  usage: Message,
  body: (args: CommandArgs<O>) => Promise<number>,
): Promise<number> {
  let lang = cliLang(undefined, io.env);
  try {
    let parsed: Parsed<O>;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...COMMON } }) as Parsed<O>;
    } catch (err) {
      throw new UserError(message('cli.bad-option', { detail: (err as Error).message.split('\n')[0]!, command }));
    }
    // COMMON's two options, which TypeScript cannot see through the generic O.
    const common = parsed.values as { lang?: string; help?: boolean };
    lang = cliLang(common.lang, io.env);
    if (common.help) {
      io.out(`${render(usage, lang)}\n`);
      return 0;
    }
    return await body({ values: parsed.values, positionals: parsed.positionals, lang });
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`vigie ${command}: ${err.in(lang)}\n`);
      return 2;
    }
    throw err;
  }
}

/** The policies, a load error told as one line (`cli.policies-failed`). */
export async function cliPolicies(env: Record<string, string | undefined>) {
  try {
    return await loadPolicies(policyDirs(env));
  } catch (err) {
    if (err instanceof PolicyLoadError) throw new UserError(message('cli.policies-failed', { detail: err.message.split('\n').join(' ') }));
    throw err;
  }
}

/** The operator at the command line holds the store itself: the audit log names them by their login. */
export function cliActor(env: Record<string, string | undefined>): string {
  return `cli:${env.USER ?? env.USERNAME ?? 'operator'}`;
}
