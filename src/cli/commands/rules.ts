// `vigie rules report [--policy ID] [--since DATE|Nd] [--until DATE] [--json] [--lang fr|en]`: how often each rule was
// right on each page, from the decisions staff took (issue 21 item 1).
import type { CliIo } from '../io.js';
import { message } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import { ruleFigures } from '../../moderation/learning/ruleFigures.js';
import { botStore } from '../botStore.js';
import { storeCommand } from '../storeCommand.js';
import { rulesTable } from '../rulesTable.js';
import { windowOf } from '../windowOf.js';

export async function run(argv: string[], io: CliIo, now = new Date()): Promise<number> {
  return storeCommand(
    'rules',
    argv,
    io,
    {
      policy: { type: 'string', short: 'p' },
      since: { type: 'string' },
      until: { type: 'string' },
      json: { type: 'boolean' },
    },
    message('rules.usage'),
    async ({ values, positionals, lang }) => {
      if (positionals[0] !== 'report' || positionals.length > 1) {
        throw new UserError(message('cli.unknown-action', { action: positionals.join(' '), known: 'report', command: 'rules' }));
      }
      const window = windowOf(values, now);
      const store = await botStore(io.env);
      let report;
      try {
        report = ruleFigures(await store.listItems(), { ...window, ...(values.policy ? { policyId: values.policy } : {}) });
      } finally {
        await store.close();
      }
      io.out(values.json ? `${JSON.stringify(report)}\n` : rulesTable(report, lang));
      return 0;
    },
  );
}
