import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import KeyvSqlite from '@keyv/sqlite';
import { openStore, StoreOpenError } from '../../src/store/openStore.js';
import { freePort } from '../helpers/redisServer.js';
import { makeItem } from './storeContract.js';

describe('openStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-open-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const refusal = async (url: string) => {
    const error = await openStore(url).then(
      (store) => store.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreOpenError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  };

  it('creates the directories of a plain path and a sqlite:// URL', async () => {
    for (const url of [join(dir, 'a', 'b', 'vigie.sqlite'), `sqlite://${join(dir, 'c', 'vigie.sqlite')}`]) {
      const store = await openStore(url);
      await store.putItem(makeItem(1));
      await store.close();
    }
    expect(
      readFileSync(join(dir, 'a', 'b', 'vigie.sqlite'))
        .subarray(0, 15)
        .toString(),
    ).toBe('SQLite format 3');
    expect(existsSync(join(dir, 'c', 'vigie.sqlite'))).toBe(true);
  });

  it('defaults to ./data/vigie.sqlite', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const store = await openStore();
      await store.close();
      expect(existsSync(join(dir, 'data', 'vigie.sqlite'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses a directory, naming it and saying what to do', async () => {
    const message = await refusal(dir);
    expect(message).toContain(dir);
    expect(message).toMatch(/is a directory.*VIGIE_STORE/);
  });

  it('refuses a file that is not SQLite, and leaves it untouched', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'ceci n’est pas une base de données\n'.repeat(50));
    const message = await refusal(path);
    expect(message).toMatch(/is not a SQLite database.*move it aside/);
    expect(readFileSync(path, 'utf8')).toContain('ceci n’est pas');
  });

  it('refuses a damaged SQLite file', async () => {
    const path = join(dir, 'vigie.sqlite');
    const store = await openStore(path);
    for (let i = 0; i < 200; i++) await store.putItem(makeItem(i));
    await store.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100, bytes.length); // keep the header, scramble the pages
    writeFileSync(path, bytes);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    expect(await refusal(path)).toMatch(/unreadable or damaged.*backup/);
  });

  it('refuses a path whose parent cannot be a directory', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(await refusal(join(dir, 'file', 'vigie.sqlite'))).toMatch(/cannot create the directory/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const path = join(dir, 'locked.sqlite');
    const store = await openStore(path);
    await store.close();
    chmodSync(path, 0o000);
    expect(await refusal(path)).toMatch(/cannot read and write/);
  });

  it('refuses a Redis that does not answer, naming the URL without its password', async () => {
    const port = await freePort();
    const error = await openStore(`redis://:s3cret@127.0.0.1:${port}`, { connectTimeoutMs: 500 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(new RegExp(`cannot reach the Redis store redis://:\\*\\*\\*@127.0.0.1:${port}`));
    expect((error as Error).message).not.toContain('s3cret');
  });
});

describe('SQLite store housekeeping', () => {
  it('drops expired claims and values from the file when it opens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sweep-'));
    const path = join(dir, 'vigie.sqlite');
    try {
      const store = await openStore(path);
      await store.claim('schedule:recover-pending:2026-03-03T15:00:00.000Z', 30);
      await store.claim('reminder:facebook:1:due-soon:120', 30 * 24 * 3600_000);
      await store.setValue('dedup', 'k', true, 30);
      await store.setValue('teams-refs', 'c1', { id: 'c1' });
      await store.close();
      await new Promise((r) => setTimeout(r, 80));
      await (await openStore(path)).close();
      const raw = new KeyvSqlite({ uri: `sqlite://${path}` });
      const rows = (await raw.query('SELECT key FROM keyv ORDER BY key')) as { key: string }[];
      await raw.disconnect();
      expect(rows.map((r) => r.key)).toEqual(['claims:reminder:facebook:1:due-soon:120', 'value.teams-refs:c1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
