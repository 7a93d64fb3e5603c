#!/usr/bin/env node
// The `vigie` bin runs the built JavaScript (dist/, written by `npm run build`, which `npm install` runs in a
// checkout): plain node, no TypeScript compiler in the way of a one-line check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('vigie: not built yet / pas encore construit: run `npm run build` (`npm install` does it)\n');
  process.exit(2);
}
const { main } = await import(entry);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`vigie: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
