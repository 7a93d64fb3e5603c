// `vigie decisions export --since DATE|Nd [--until DATE] [--policy ID] --out FILE.jsonl [--unmasked]`: the team's
// own labelled record, in the blind rounds' format, so `vigie blind FILE.jsonl` measures Vigie on its page (issue 21
// item 3).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { message, say } from '../../messages/Message.js';
import { UserError } from '../../messages/UserError.js';
import { isModerator } from '../../moderation/isModerator.js';
import { labelledRecord } from '../../moderation/learning/labelledRecord.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { policyDirs } from '../../policy/policyDirs.js';
import { botStore } from '../botStore.js';
import { cliLang } from '../cliLang.js';
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
          since: { type: 'string' },
          until: { type: 'string' },
          policy: { type: 'string', short: 'p' },
          out: { type: 'string', short: 'o' },
          unmasked: { type: 'boolean' },
          lang: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (err) {
      throw new UserError(message('cli.bad-option', { detail: (err as Error).message.split('\n')[0]!, command: 'decisions' }));
    }
    const { values, positionals } = parsed;
    lang = cliLang(values.lang, io.env);
    if (values.help) {
      io.out(`${say(lang, 'record.usage')}\n`);
      return 0;
    }
    if (positionals[0] !== 'export' || positionals.length > 1) {
      throw new UserError(message('cli.unknown-action', { action: positionals.join(' '), known: 'export', command: 'decisions' }));
    }
    if (!values.since) throw new UserError(message('record.needs-since'));
    if (!values.out) throw new UserError(message('record.needs-out'));
    // The texts as written, names and numbers included, are for the person the organization names for it: whoever
    // may decide at the console. An empty list lets anyone decide, and so export, as everywhere else.
    const moderators = (io.env.VIGIE_MODERATORS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (values.unmasked && !isModerator(moderators, { surface: 'shell', id: 'console' })) throw new UserError(message('record.unmasked-refused'));
    const window = windowOf(values, now);
    let policies;
    try {
      policies = await loadPolicies(policyDirs(io.env));
    } catch (err) {
      if (err instanceof PolicyLoadError) throw new UserError(message('cli.policies-failed', { detail: err.message.split('\n').join(' ') }));
      throw err;
    }
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
        actor: `cli:${io.env.USER ?? io.env.USERNAME ?? 'operator'}`,
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
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`vigie decisions: ${err.in(lang)}\n`);
      return 2;
    }
    throw err;
  }
}
