// `vigie exceptions [list] [--policy ID] [--page ID] [--json]` and `vigie exceptions remove ID`: the standing
// exceptions moderators added from an alert (issue 21 item 2), and those whose rule a policy change took away.
import type { CliIo } from '../io.js';
import { message, say } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import type { Lang } from '../../policy/types.js';
import type { PageException } from '../../policy/PageException.js';
import { pageExceptions } from '../../moderation/exceptions/pageExceptions.js';
import { orphanExceptions } from '../../moderation/exceptions/orphanExceptions.js';
import { removeException } from '../../moderation/exceptions/removeException.js';
import { botStore } from '../botStore.js';
import { cliActor, cliPolicies, storeCommand } from '../storeCommand.js';
import { localDate } from '../windowOf.js';

export function exceptionLine(e: PageException, lang: Lang): string {
  const common = { id: e.id, page: e.pageName ?? e.pageId, rule: e.rule, by: e.byName ?? e.by, at: localDate(e.at), why: e.why };
  return e.author
    ? say(lang, 'exception.line-author', { ...common, author: e.author.name ?? e.author.id })
    : say(lang, 'exception.line-term', { ...common, term: e.term ?? '' });
}

export async function run(argv: string[], io: CliIo, now = new Date()): Promise<number> {
  return storeCommand(
    'exceptions',
    argv,
    io,
    {
      policy: { type: 'string', short: 'p' },
      page: { type: 'string' },
      json: { type: 'boolean' },
    },
    message('exceptions.usage'),
    async ({ values, positionals, lang }) => {
      const [action = 'list', ...rest] = positionals;
      if (action === 'remove') {
        if (rest.length !== 1) throw new UserError(message('exception.unknown', { id: rest.join(' ') || '?' }));
        const store = await botStore(io.env);
        try {
          const gone = await removeException({ store, now: () => now }, rest[0]!, { id: cliActor(io.env) });
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
      const policies = await cliPolicies(io.env);
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
    },
  );
}
