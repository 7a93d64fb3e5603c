// `vigie rules report [--policy ID] [--since DATE|Nd] [--until DATE] [--json] [--lang fr|en]`: how often each rule was
// right on each page, from the decisions staff took (issue 21 item 1).
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { message, say } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import { ruleFigures } from '../../moderation/learning/ruleFigures.js';
import { botStore } from '../botStore.js';
import { cliLang } from '../cliLang.js';
import { rulesTable } from '../rulesTable.js';
import { windowOf } from '../windowOf.js';

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
          since: { type: 'string' },
          until: { type: 'string' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (err) {
      throw new UserError(message('cli.bad-option', { detail: (err as Error).message.split('\n')[0]!, command: 'rules' }));
    }
    const { values, positionals } = parsed;
    lang = cliLang(values.lang, io.env);
    if (values.help) {
      io.out(`${say(lang, 'rules.usage')}\n`);
      return 0;
    }
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
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`vigie rules: ${err.in(lang)}\n`);
      return 2;
    }
    throw err;
  }
}
