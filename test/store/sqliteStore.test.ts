import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';
import { storeContract } from './storeContract.js';

describe('SQLite store: the Store contract', () => {
  let dir: string;
  let store: Store;
  const open = () => openStore(`sqlite://${join(dir, 'nested', 'vigie.sqlite')}`);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-'));
    store = await open();
  });
  afterEach(async () => {
    await store.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });
  for (const behaviour of storeContract) {
    it(behaviour.name, () => behaviour.run(store, open));
  }
});
