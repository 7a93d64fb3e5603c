// `vigie decisions export --since DATE|Nd [--until DATE] [--policy ID] --out FILE.jsonl [--unmasked]`: the team's
// own labelled record, in the blind rounds' format, so `vigie blind FILE.jsonl` measures Vigie on its page (issue 21
// item 3).
import { writeFileSync } from 'node:fs';
import type { CliIo } from '../io.js';
import { message, say } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import { isModerator, moderatorList } from '../../moderation/isModerator.js';
import { labelledRecord } from '../../moderation/learning/labelledRecord.js';
import { botStore } from '../botStore.js';
import { cliActor, cliPolicies, storeCommand } from '../storeCommand.js';
import { windowOf } from '../windowOf.js';

export async function run(argv: string[], io: CliIo, now = new Date()): Promise<number> {
  return storeCommand(
    'decisions',
    argv,
    io,
    {
      since: { type: 'string' },
      until: { type: 'string' },
      policy: { type: 'string', short: 'p' },
      out: { type: 'string', short: 'o' },
      unmasked: { type: 'boolean' },
    },
    message('record.usage'),
    async ({ values, positionals, lang }) => {
      if (positionals[0] !== 'export' || positionals.length > 1) {
        throw new UserError(message('cli.unknown-action', { action: positionals.join(' '), known: 'export', command: 'decisions' }));
      }
      if (!values.since) throw new UserError(message('record.needs-since'));
      if (!values.out) throw new UserError(message('record.needs-out'));
      // The texts as written, names and numbers included, are for the person the organization names for it: whoever
      // may decide at the console. An empty list lets anyone decide, and so export, as everywhere else.
      const moderators = moderatorList(io.env.VIGIE_MODERATORS);
      if (values.unmasked && !isModerator(moderators, { surface: 'shell', id: 'console' })) throw new UserError(message('record.unmasked-refused'));
      const window = windowOf(values, now);
      const policies = await cliPolicies(io.env);
      const store = await botStore(io.env);
      let rows;
      try {
        rows = labelledRecord(await store.listItems(), policies, {
          ...window,
          ...(values.policy ? { policyId: values.policy } : {}),
          unmasked: Boolean(values.unmasked),
        });
        try {
          writeFileSync(values.out, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
        } catch (err) {
          throw new UserError(message('cli.cannot-write', { file: values.out, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
        }
        await store.appendAudit({
          at: now.toISOString(),
          itemId: '',
          policyId: values.policy ?? '',
          decision: 'decisions-export',
          actor: cliActor(io.env),
          rules: [],
          clauses: [],
          text: '',
          result: 'ok',
          detail: `${rows.length} rows to ${values.out}, ${values.unmasked ? 'unmasked' : 'personal information masked'}, decisions from ${window.since.toISOString()} to ${window.until.toISOString()}`,
        });
      } finally {
        await store.close();
      }
      io.err(
        `${say(lang, 'record.written', { n: rows.length, file: values.out, omitted: rows.filter((r) => r.omitted).length, masked: rows.filter((r) => r.masked).length })}\n`,
      );
      return 0;
    },
  );
}
