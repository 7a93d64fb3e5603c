// Only the store in use is loaded: a SQLite deployment does not load the Redis client (memory and start-up).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./loadedPackages.ts', import.meta.url));

it('a SQLite store loads sqlite3 and not the Redis client', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-lazy-store-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, join(dir, 'v.sqlite')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const loaded = r.stdout.trim().split('\n');
    expect(loaded).toContain('@keyv/sqlite');
    expect(loaded.filter((p) => /redis/.test(p))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
