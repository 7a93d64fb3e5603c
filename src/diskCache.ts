// Results of slow, pure work on the policy and lexicon files, kept on disk between runs under
// node_modules/.cache/vigie/ (or VIGIE_CACHE_DIR) and keyed by a digest of everything they depend on: the input
// files' bytes and the code that produced them. A changed policy, lexicon or build gets a new key, so nothing is
// ever invalidated by hand; an unwritable or corrupt cache (read-only container, a half-written disk) only means
// the work is done again. Never inside policies/: the cache is the machine's, not the data's.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from './projectPath.js';

// This file's own tree: src/ under tsx and vitest, dist/src/ when built.
const CODE = dirname(fileURLToPath(import.meta.url));
// Read at each use, so that a test (or an operator) can point it elsewhere without reloading the module.
const dir = () => process.env.VIGIE_CACHE_DIR || projectPath('node_modules/.cache/vigie');
// src/ (tests, tsx) and dist/src/ (npm start, the bin) each keep their own entries of a kind: a test run between
// two `vigie` runs would otherwise evict the built code's entries and the next start would compile again.
const TREE = createHash('sha256').update(CODE).digest('hex').slice(0, 6);

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
    return `${kind}.${TREE}-${h.digest('hex').slice(0, 32)}`;
  },

  /** Every file under `dir`, path and bytes, in a stable order: the part a whole directory plays in a key. */
  dirParts(dir: string): (string | Buffer)[] {
    return filesUnder(dir).flatMap((f) => [f, readFileSync(f)]);
  },

  read<T>(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(join(dir(), `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  },

  write(key: string, value: unknown): void {
    const DIR = dir();
    const tmp = join(DIR, `${key}.${process.pid}.tmp`);
    try {
      mkdirSync(DIR, { recursive: true });
      // Written aside then renamed: a concurrent reader sees the whole file or none.
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, join(DIR, `${key}.json`));
      // The same kind's older entries (an earlier version of the file, an earlier build) will not be read again.
      const kind = key.slice(0, key.lastIndexOf('-') + 1);
      for (const f of readdirSync(DIR)) if (f.startsWith(kind) && f !== `${key}.json` && f.endsWith('.json')) rmSync(join(DIR, f), { force: true });
    } catch {
      // Read-only checkout or full disk: the cache is an optimisation only.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing was written, or nothing can be removed: either way nothing is left to read.
      }
    }
  },

  /**
   * `make()`'s value for these parts: from this process's memory, else from the disk, else made and written. The
   * value must be plain JSON (arrays, objects, strings, numbers, booleans; no undefined), since a later run reads
   * back what this one wrote; callers never mutate it, since every caller of the same key shares it. A `make`
   * that throws writes nothing: a bad file is reported again at every run, never cached.
   */
  once<T>(kind: string, parts: (string | Buffer)[], make: () => T): T {
    const key = diskCache.key(kind, parts);
    if (memory.has(key)) return memory.get(key) as T;
    // Stored with its own key: a file that parses as JSON but is not this entry (cut short and padded, copied
    // over by hand) is made again, as a file that does not parse is.
    const stored = diskCache.read<{ key?: unknown; value?: T }>(key);
    let value = stored !== null && typeof stored === 'object' && stored.key === key ? stored.value : undefined;
    if (value === undefined) {
      value = make();
      diskCache.write(key, { key, value });
    }
    memory.set(key, value);
    return value;
  },
};

const memory = new Map<string, unknown>();
