// `node --import tsx test/store/loadedPackages.ts STORE`: opens and closes the store named, then prints every npm
// package the process resolved, one a line (a module resolution hook sees each import).
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const seen = new Set<string>();
const { port1, port2 } = new MessageChannel();
port1.on('message', (m: string) => seen.add(m));
port1.unref();
const hook = `export async function resolve(s, c, next) {
  const r = await next(s, c);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url);
  if (m) globalThis.port.postMessage(m[1]);
  return r;
}
export function initialize(d) { globalThis.port = d.port; }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { port: port2 }, transferList: [port2] });

const { openStore } = await import('../../src/store/openStore.js');
const store = await openStore(process.argv[2]);
await store.close();
await new Promise((r) => setTimeout(r, 200));
process.stdout.write([...seen].sort().join('\n') + '\n');
