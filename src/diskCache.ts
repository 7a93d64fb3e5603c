// Results of slow, pure work on the policy and lexicon files, kept on disk between runs under
// node_modules/.cache/vigie/ and keyed by a digest of everything they depend on: the input files' bytes and the
// code that produced them. A changed policy, lexicon or build gets a new key, so nothing is ever invalidated by
// hand; an unwritable cache (read-only container) only means the work is done again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from './projectPath.js';

const DIR = projectPath('node_modules/.cache/vigie');
// This file's own tree: src/ under tsx and vitest, dist/src/ when built.
const CODE = dirname(fileURLToPath(import.meta.url));

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

let code: string | undefined;

/** Digest of the running code (every file of src/ or dist/src/): a new build never reads an older build's cache. */
function codeDigest(): string {
  if (code) return code;
  const h = createHash('sha256');
  for (const f of filesUnder(CODE)) h.update(f.slice(CODE.length)).update('\0').update(readFileSync(f)).update('\0');
  return (code = h.digest('hex'));
}

export const diskCache = {
  /** A key for `kind` (letters, digits, dots; one entry per kind is kept) from the code and these parts. */
  key(kind: string, parts: (string | Buffer)[]): string {
    const h = createHash('sha256').update(kind).update('\0').update(codeDigest());
    for (const p of parts) h.update('\0').update(p);
    return `${kind}-${h.digest('hex').slice(0, 32)}`;
  },

  /** Every file under `dir`, path and bytes, in a stable order: the part a whole directory plays in a key. */
  dirParts(dir: string): (string | Buffer)[] {
    return filesUnder(dir).flatMap((f) => [f, readFileSync(f)]);
  },

  read<T>(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(join(DIR, `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  },

  write(key: string, value: unknown): void {
    try {
      mkdirSync(DIR, { recursive: true });
      // Written aside then renamed: a concurrent reader sees the whole file or none.
      const tmp = join(DIR, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, join(DIR, `${key}.json`));
      // The same kind's older entries (an earlier version of the file, an earlier build) will not be read again.
      const kind = key.slice(0, key.lastIndexOf('-') + 1);
      for (const f of readdirSync(DIR)) if (f.startsWith(kind) && f !== `${key}.json` && f.endsWith('.json')) rmSync(join(DIR, f), { force: true });
    } catch {
      // Read-only checkout or full disk: the cache is an optimisation only.
    }
  },
};
