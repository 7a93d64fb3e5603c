import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Logger } from '../../src/moderation/Context.js';
import type { Store } from '../../src/store/Store.js';
import { openStore } from '../../src/store/openStore.js';

/** A real SQLite store in its own temp dir; `close()` closes it and removes the dir (safe to call twice). */
export type TempStore = Store & { path: string; dir: string };

const open = new Set<TempStore>();
// Whatever a test forgot to close goes when its file is done.
afterAll(async () => {
  await Promise.all([...open].map((store) => store.close()));
});

export async function tempStore(opts: { log?: Logger } = {}): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
  const path = join(dir, 'vigie.sqlite');
  const inner = await openStore(path, opts);
  let closed = false;
  const store: TempStore = Object.assign(Object.create(null) as object, inner, {
    path,
    dir,
    async close() {
      if (closed) return;
      closed = true;
      open.delete(store);
      await inner.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  });
  open.add(store);
  return store;
}
