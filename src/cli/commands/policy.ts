// `vigie policy draft FILE|- [--id ID] [--lang fr|en] [--province XX] [--out FILE]`: a policy file drafted from an
// organization's written netiquette, for a person to review and install in VIGIE_POLICY_DIR (issue 20).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import type { Lang } from '../../policy/types.js';
import { message, render, type Message } from '../../messages/Message.js';
import { readerLang } from '../../messages/readerLang.js';
import { isProvince, PROVINCES } from '../../sla/provinces.js';
import { draftPolicy } from '../../policy/draft/draftPolicy.js';
import { formatOf } from '../../policy/draft/plainText.js';
import { loadPolicies, PolicyLoadError } from '../../policy/loadPolicies.js';
import { fold } from '../../policy/draft/words.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const reader: Lang = readerLang(io.env) ?? 'fr';
  const say = (m: Message) => render(m, reader);
  const fail = (m: Message) => {
    io.err(`vigie policy draft: ${say(m)}\n`);
    return 2;
  };
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h') {
    io.out(`${say(message('draft.usage'))}\n`);
    return action === undefined ? 2 : 0;
  }
  if (action !== 'draft') return fail(message('draft.unknown-action', { action }));

  let values: { id?: string; lang?: string; province?: string; out?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: {
        id: { type: 'string' },
        lang: { type: 'string' },
        province: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    return fail(message('draft.bad-option', { detail: (err as Error).message.split('\n')[0]! }));
  }
  if (values.help) {
    io.out(`${say(message('draft.usage'))}\n`);
    return 0;
  }
  if (positionals.length !== 1) return fail(message('draft.no-document'));
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') return fail(message('draft.bad-lang', { lang: values.lang }));
  const province = values.province?.toUpperCase();
  if (province !== undefined && !isProvince(province)) {
    return fail(message('draft.bad-province', { province: values.province!, known: PROVINCES.join(', ') }));
  }
  const file = positionals[0]!;
  const outName = values.out ? basename(values.out).replace(/\.ya?ml$/i, '') : undefined;
  const id = values.id ?? outName ?? (file === '-' ? 'brouillon' : slug(basename(file)));
  if (!ID.test(id)) return fail(message('draft.bad-id', { id }));
  if (values.out && (outName !== id || !/\.ya?ml$/i.test(values.out))) return fail(message('draft.id-not-file', { id, file: values.out }));

  let source: string;
  try {
    source = file === '-' ? await io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    return fail(message('draft.cannot-read', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  if (source.trim() === '') return fail(message('draft.empty', { file }));

  const draft = draftPolicy({
    source,
    // Standard input is read as HTML when it looks like it, else as plain text (Markdown marks read as text).
    format: file === '-' ? (/^\s*<(!doctype|html|body|div|p|h\d|ul)\b/i.test(source) ? 'html' : 'txt') : formatOf(file),
    id,
    fileName: file === '-' ? 'stdin' : basename(file),
    ...(values.lang ? { lang: values.lang as Lang } : {}),
    ...(province ? { province } : {}),
  });

  // The draft must load as it is: checked by the loader itself, in a folder of its own, before anyone sees it.
  const dir = mkdtempSync(join(tmpdir(), 'vigie-draft-'));
  try {
    writeFileSync(join(dir, `${id}.yml`), draft.yaml);
    await loadPolicies(dir);
  } catch (err) {
    const problems = err instanceof PolicyLoadError ? err.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : String(err);
    return fail(message('draft.not-loadable', { problems }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (values.out) {
    try {
      writeFileSync(values.out, draft.yaml);
    } catch (err) {
      return fail(message('draft.cannot-read', { file: values.out, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
    }
  } else io.out(draft.yaml);
  io.err(
    `${say(
      message('draft.summary', {
        rules: draft.rules.length,
        categories: draft.categories.join(', '),
        unmapped: draft.unmapped.length,
        hours: draft.hours.hours !== undefined,
        ...(draft.replyTarget ? { reply: draft.replyTarget.businessDays } : {}),
        province: `${draft.province.code}${draft.province.from === 'default' ? '?' : ''}`,
      }),
    )}\n`,
  );
  if (values.out) io.err(`${say(message('draft.install', { file: values.out }))}\n`);
  return 0;
}

/** « Nétiquette Ville de Laval.html » → nétiquette-ville-de-laval → netiquette-ville-de-laval. */
function slug(name: string): string {
  return (
    fold(name.replace(/\.[^.]+$/, ''))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'brouillon'
  );
}
