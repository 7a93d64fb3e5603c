// A process that takes a lease and works forever, for withLease.test.ts to SIGKILL. Options as JSON in argv[2].
import { openStore } from '../../src/store/openStore.js';
import { withLease } from '../../src/store/withLease.js';

const { url, keyPrefix, key, ttlMs } = JSON.parse(process.argv[2] ?? '{}') as { url: string; keyPrefix?: string; key: string; ttlMs: number };
const store = await openStore(url, keyPrefix ? { keyPrefix } : {});
await withLease(store, key, ttlMs, async () => {
  process.stdout.write('HELD\n');
  // Busy forever, as a replica serving requests is (the lease's own timer does not keep a process alive).
  await new Promise(() => setInterval(() => undefined, 1000));
});
