// `vigie exceptions [list] [--policy ID] [--page ID] [--json]` and `vigie exceptions remove ID`: the standing
// exceptions moderators added from an alert (issue 21 item 2), and those whose rule a policy change took away.
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { message, say } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import type { Lang } from '../../policy/types.js';
import type { PageException } from '../../policy/PageException.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { policyDirs } from '../../policy/policyDirs.js';
import { pageExceptions } from '../../moderation/exceptions/pageExceptions.js';
import { orphanExceptions } from '../../moderation/exceptions/orphanExceptions.js';
import { removeException } from '../../moderation/exceptions/removeException.js';
import { botStore } from '../botStore.js';
import { cliLang } from '../cliLang.js';
import { localDate } from '../windowOf.js';

export function exceptionLine(e: PageException, lang: Lang): string {
  const common = { id: e.id, page: e.pageName ?? e.pageId, rule: e.rule, by: e.byName ?? e.by, at: localDate(e.at), why: e.why };
  return e.author
    ? say(lang, 'exception.line-author', { ...common, author: e.author.name ?? e.author.id })
    : say(lang, 'exception.line-term', { ...common, term: e.term ?? '' });
}

export async function run(argv: string[], io: CliIo, now = new Date()): Promise<number> {
  let lang = cliLang(undefined, io.env);
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          policy: { type: 'string', short: 'p' },
          page: { type: 'string' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (err) {
      throw new UserError(message('cli.bad-option', { detail: (err as Error).message.split('\n')[0]!, command: 'exceptions' }));
    }
    const { values, positionals } = parsed;
    lang = cliLang(values.lang, io.env);
    if (values.help) {
      io.out(`${say(lang, 'exceptions.usage')}\n`);
      return 0;
    }
    const [action = 'list', ...rest] = positionals;
    if (action === 'remove') {
      if (rest.length !== 1) throw new UserError(message('exception.unknown', { id: rest.join(' ') || '?' }));
      const store = await botStore(io.env);
      try {
        // The operator at the command line holds the store itself: the audit log names them by their login.
        const gone = await removeException({ store, now: () => now }, rest[0]!, { id: `cli:${io.env.USER ?? io.env.USERNAME ?? 'operator'}` });
        if (!gone) throw new UserError(message('exception.unknown', { id: rest[0]! }));
      } finally {
        await store.close();
      }
      io.out(`${say(lang, 'exception.removed', { id: rest[0]! })}\n`);
      return 0;
    }
    if (action !== 'list' || rest.length > 0) {
      throw new UserError(message('cli.unknown-action', { action: positionals.join(' '), known: 'list, remove', command: 'exceptions' }));
    }
    let policies;
    try {
      policies = await loadPolicies(policyDirs(io.env));
    } catch (err) {
      if (err instanceof PolicyLoadError) throw new UserError(message('cli.policies-failed', { detail: err.message.split('\n').join(' ') }));
      throw err;
    }
    const store = await botStore(io.env);
    let list: PageException[];
    try {
      list = await pageExceptions(store, values.page);
    } finally {
      await store.close();
    }
    if (values.policy) list = list.filter((e) => e.policyId === values.policy);
    const orphans = orphanExceptions(policies, list);
    if (values.json) {
      io.out(`${JSON.stringify({ exceptions: list, orphans: orphans.map((e) => e.id) })}\n`);
      return 0;
    }
    const lines = list.length
      ? [say(lang, 'exception.list-title', { n: list.length }), ...list.map((e) => `  ${exceptionLine(e, lang)}`)]
      : [say(lang, 'exception.list-empty')];
    if (orphans.length)
      lines.push(
        '',
        say(lang, 'exception.orphans', { n: orphans.length }),
        ...orphans.map((e) => say(lang, 'exception.orphan', { id: e.id, rule: e.rule })),
      );
    io.out(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`vigie exceptions: ${err.in(lang)}\n`);
      return 2;
    }
    throw err;
  }
}
