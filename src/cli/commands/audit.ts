// `vigie audit export [--from ISO] [--to ISO] [--out FILE]`: the audit log as CSV (RFC 4180), for
// access-to-information requests: who decided what, when, under which clause, with the original text.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { CliIo } from '../io.js';
import { openStore } from '../../store/openStore.js';
import type { AuditEntry } from '../../store/Store.js';
import { policyDirs } from '../../policy/policyDirs.js';

const USAGE = 'usage: vigie audit export [--from DATE|ISO] [--to DATE|ISO] [--out FILE]';
/** A bare date is a day in the offices' time zone (all five policies are in Montréal/Toronto time). */
const ZONE = 'America/Toronto';

export const AUDIT_COLUMNS: { key: keyof AuditEntry; header: string }[] = [
  { key: 'at', header: 'at' },
  { key: 'itemId', header: 'item' },
  { key: 'policyId', header: 'policy' },
  { key: 'decision', header: 'decision' },
  { key: 'actor', header: 'actor' },
  { key: 'actorName', header: 'actor_name' },
  { key: 'rules', header: 'rules' },
  { key: 'clauses', header: 'clauses' },
  { key: 'result', header: 'result' },
  { key: 'detail', header: 'detail' },
  { key: 'text', header: 'text' },
];

/** `--from`/`--to` as a UTC ISO instant; a bare `--to` date includes that whole day. */
function bound(value: string, name: 'from' | 'to'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone: ZONE });
    if (!day.isValid) throw new Error(`--${name}: '${value}' is not a date`);
    return (name === 'to' ? day.plus({ days: 1 }) : day).toUTC().toISO()!;
  }
  const at = DateTime.fromISO(value, { setZone: true });
  if (!at.isValid || !/[T ]\d{2}:\d{2}/.test(value)) {
    throw new Error(`--${name}: '${value}' is not a date (2026-03-31) nor an ISO 8601 instant (2026-03-31T17:00:00-04:00)`);
  }
  // Without an offset, the instant is read in the offices' time zone.
  return (/(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? at : DateTime.fromISO(value, { zone: ZONE })).toUTC().toISO()!;
}

/**
 * Each policy's time zone, read from the policy files alone (no lexicon is compiled for an export): the CSV writes
 * an entry's instant in its policy's zone. A file that does not parse is skipped; its entries fall back to ZONE.
 */
function policyZones(dirs: readonly string[]): Map<string, string> {
  const zones = new Map<string, string>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    } catch {
      continue;
    }
    readZones(dir, files, zones);
  }
  return zones;
}

/** The deployment's own directory comes first: an id it already gave is not read again from the shipped one. */
function readZones(dir: string, files: string[], zones: Map<string, string>): void {
  for (const f of files) {
    try {
      const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { id?: unknown; calendar?: { timeZone?: unknown } };
      if (typeof doc?.id === 'string' && !zones.has(doc.id))
        zones.set(doc.id, typeof doc.calendar?.timeZone === 'string' ? doc.calendar.timeZone : ZONE);
    } catch {
      // the bot's own start-up reports a broken policy; the export keeps going
    }
  }
}

/**
 * The CSV text of audit entries: one header line, lists joined with " | ", every field quoted when needed. The
 * instant is written in the policy's time zone with its offset (2026-03-03T10:05:00.000-05:00), the same clock
 * as `--from` and `--to` read bare days in (issue 16 item 9: it was UTC).
 */
export function auditCsv(entries: AuditEntry[], zones: ReadonlyMap<string, string> = new Map()): string {
  const rows = entries.map((e) =>
    AUDIT_COLUMNS.map(({ key }) => {
      if (key === 'at') {
        const local = DateTime.fromISO(e.at, { zone: zones.get(e.policyId) ?? ZONE });
        return local.isValid ? local.toISO()! : e.at;
      }
      const v = e[key];
      return Array.isArray(v) ? v.join(' | ') : (v ?? '');
    }),
  );
  // The BOM lets Excel, where these requests usually end up, read the accents right.
  return stringify(rows, { header: true, columns: AUDIT_COLUMNS.map((c) => c.header), bom: true, record_delimiter: 'windows' });
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    io.err(`vigie audit: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    io.out(
      `${USAGE}\n` +
        '  --from DATE|ISO   from the start of that day (Montréal time), or from that instant; included\n' +
        '  --to DATE|ISO     to the end of that day (the whole day is included), or up to that instant (excluded)\n' +
        '  --out FILE        write the CSV there; without it, to standard output\n' +
        "  Instants in the CSV are in each policy's time zone, with the UTC offset written.\n",
    );
    return 0;
  }
  if (args.positionals[0] !== 'export' || args.positionals.length > 1) {
    io.err(`vigie audit: expected 'export'\n${USAGE}\n`);
    return 2;
  }
  let range: { from?: string; to?: string };
  try {
    range = {
      ...(args.values.from ? { from: bound(args.values.from, 'from') } : {}),
      ...(args.values.to ? { to: bound(args.values.to, 'to') } : {}),
    };
  } catch (err) {
    io.err(`vigie audit: ${(err as Error).message}\n`);
    return 2;
  }
  if (range.from && range.to && range.from >= range.to) {
    io.err('vigie audit: --from must be before --to\n');
    return 2;
  }

  const target = io.env.VIGIE_STORE?.trim() || './data/vigie.sqlite';
  const sqlitePath = /^rediss?:\/\//i.test(target) ? undefined : target.replace(/^sqlite:\/\//i, '');
  if (sqlitePath !== undefined && !existsSync(sqlitePath)) {
    // Opening would create an empty store: say where we looked instead.
    io.err(`vigie audit: no store at ${sqlitePath} (set VIGIE_STORE to the bot's SQLite file or redis:// URL)\n`);
    return 2;
  }
  let entries: AuditEntry[];
  try {
    const store = await openStore(target);
    try {
      entries = await store.listAudit(range);
    } finally {
      await store.close();
    }
  } catch (err) {
    io.err(`vigie audit: cannot read the audit log: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const csv = auditCsv(entries, policyZones(policyDirs(io.env)));
  if (!args.values.out) {
    io.out(csv);
    return 0;
  }
  try {
    writeFileSync(args.values.out, csv);
  } catch (err) {
    io.err(`vigie audit: cannot write ${args.values.out} (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
    return 2;
  }
  io.err(`${entries.length} audit entries written to ${args.values.out}\n`);
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
}
