import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('SQLite store: one connection shared by every namespace', () => {
  it('raises no MaxListenersExceededWarning however many value namespaces are in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-'));
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const store = await openStore(join(dir, 'vigie.sqlite'));
      // Past any listener bound one might raise: namespaces must not each add a listener to the connection.
      for (let i = 0; i < 150; i++) await store.setValue(`space-${i}`, 'k', i);
      expect(await store.getValue('space-149', 'k')).toBe(149);
      await store.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
