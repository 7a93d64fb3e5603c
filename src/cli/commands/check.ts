// `vigie check [--policy ID] [--kind comment|post] [--json] [--lang fr|en] [TEXT]` and `vigie check --jsonl`.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliIo } from '../io.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { policyDirs } from '../../policy/policyDirs.js';
import { check } from '../../policy/check.js';
import { describeResult } from '../../policy/describeResult.js';
import type { Policy } from '../../policy/schema.js';
import { KINDS, type Kind, type Lang } from '../../policy/types.js';
import { message, render } from '../../messages/Message.js';
import { readerLang } from '../../messages/readerLang.js';
import { UserError } from '../../messages/UserError.js';
import type { PageException } from '../../policy/PageException.js';
import { pageExceptions } from '../../moderation/exceptions/pageExceptions.js';
import { botStore } from '../botStore.js';

const USAGE =
  'usage: vigie check [--policy ID] [--kind comment|post] [--page ID] [--json] [--lang fr|en] [TEXT]   (TEXT from stdin when absent)\n' +
  '       --page ID: judge TEXT as on that page, with the exceptions its moderators added (reads VIGIE_STORE)\n' +
  '       vigie check --jsonl < lines.jsonl   (each line: {"id":..., "text":..., "policy"?:..., "kind"?:...})\n' +
  'exit: 0 nothing found, 1 something found, 2 a usage error or (--jsonl) any bad line, answered with an "error"\n';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  policy: z.string().optional(),
  kind: z.enum(KINDS).optional(),
});

function fail(io: CliIo, message: string): number {
  io.err(`vigie check: ${message}\n`);
  return 2;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { policy?: string; kind?: string; json?: boolean; jsonl?: boolean; lang?: string; page?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        policy: { type: 'string', short: 'p' },
        kind: { type: 'string', short: 'k' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        lang: { type: 'string' },
        page: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    return fail(io, `${(err as Error).message.split('\n')[0]} (try --help)`);
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) {
    return fail(io, `unknown kind '${values.kind}' (comment or post)`);
  }
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    return fail(io, `unknown language '${values.lang}' (fr or en)`);
  }
  // Without TEXT at a terminal, the command would wait for input without a word (issue 16 item 9): say so first,
  // before the policies load, on standard error so that the output stays the result alone.
  if (!values.jsonl && positionals.length === 0 && io.stdinIsTTY) {
    io.err(`${render(message('cli.reading-stdin'), (values.lang as Lang | undefined) ?? readerLang(io.env) ?? 'fr')}\n`);
  }
  let policies: Map<string, Policy>;
  try {
    // Lazily: a policy validated before (same files, same build) compiles at its first check, so a check against
    // one policy compiles that one alone, and a batch each policy it names (1.9 s of CPU of the five's 3.5 s).
    policies = await loadPolicies(policyDirs(io.env), { lazy: true });
  } catch (err) {
    if (err instanceof PolicyLoadError) return fail(io, err.message);
    throw err;
  }
  // The page's standing exceptions, as the bot honours them on that page's comments (issue 21 item 2).
  let exceptions: PageException[] = [];
  if (values.page !== undefined) {
    try {
      const store = await botStore(io.env);
      try {
        exceptions = await pageExceptions(store, values.page);
      } finally {
        await store.close();
      }
    } catch (err) {
      if (err instanceof UserError) return fail(io, err.in((values.lang as Lang | undefined) ?? readerLang(io.env) ?? 'fr'));
      throw err;
    }
  }
  const defaultId = values.policy ?? io.env.VIGIE_POLICY ?? 'mess-quebec';
  const known = () => [...policies.keys()].join(', ');
  if (values.jsonl) {
    if (positionals.length > 0) return fail(io, '--jsonl reads standard input; give no TEXT');
    return batch(io, policies, defaultId, values.kind as Kind | undefined, exceptions);
  }
  const policy = policies.get(defaultId);
  if (!policy) return fail(io, `unknown policy '${defaultId}' (known: ${known()})`);
  const text = positionals.length > 0 ? positionals.join(' ') : await io.readStdin();
  if (text.trim() === '') return fail(io, 'empty text: give TEXT or pipe it on standard input');
  const kind = (values.kind as Kind | undefined) ?? 'comment';
  const result = check(policy, positionals.length > 0 ? text : text.replace(/\r?\n$/, ''), { kind, exceptions });
  if (values.json) io.out(`${JSON.stringify({ policy: policy.id, kind, ...result })}\n`);
  else io.out(`${describeResult(result, (values.lang as Lang | undefined) ?? policy.language, kind)}\n`);
  return result.verdict === 'ok' ? 0 : 1;
}

/**
 * One output line per input line, in order; a bad line gets an `error` and the batch goes on. The exit code is
 * the single text's, taken over the whole batch, so a script can tell the three outcomes apart without parsing
 * the output: 2 when any line was bad (it outranks a finding: the batch was not fully checked), else 1 when any
 * line was found wanting, else 0.
 */
async function batch(
  io: CliIo,
  policies: Map<string, Policy>,
  defaultId: string,
  defaultKind: Kind | undefined,
  exceptions: readonly PageException[],
) {
  let n = 0;
  let bad = false;
  let found = false;
  for await (const line of io.stdinLines()) {
    n += 1;
    if (line.trim() === '') continue;
    const answer = checkLine(line, n, policies, defaultId, defaultKind, exceptions);
    if ('error' in answer) bad = true;
    else if (answer.verdict !== 'ok') found = true;
    io.out(`${JSON.stringify(answer)}\n`);
  }
  return bad ? 2 : found ? 1 : 0;
}

function checkLine(
  line: string,
  n: number,
  policies: Map<string, Policy>,
  defaultId: string,
  defaultKind: Kind | undefined,
  exceptions: readonly PageException[],
) {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not valid JSON` };
  }
  const id = raw !== null && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null;
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `'${issue.path.join('.')}'` : 'the line';
    return { id: typeof id === 'string' || typeof id === 'number' ? id : null, error: `line ${n}: ${where}: ${issue.message}` };
  }
  const { text, kind } = parsed.data;
  const policyId = parsed.data.policy ?? defaultId;
  const policy = policies.get(policyId);
  if (!policy) return { id: parsed.data.id, error: `line ${n}: unknown policy '${policyId}'` };
  if (text.trim() === '') return { id: parsed.data.id, error: `line ${n}: empty text` };
  const result = check(policy, text, { kind: kind ?? defaultKind ?? 'comment', exceptions });
  return { id: parsed.data.id, ...result };
}
