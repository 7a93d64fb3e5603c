// `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line); each prints its
// own table with its baseline beside it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
  .sort();
// A misspelt name would otherwise measure nothing and say nothing.
const unknown = wanted.filter((w) => !files.some((f) => f === `${w}.bench.ts`));
if (unknown.length > 0) {
  const known = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace('.bench.ts', ''));
  process.stderr.write(`bench: unknown bench ${unknown.join(', ')} (known: ${known.join(', ')})
`);
  process.exit(2);
}
for (const f of files) {
  process.stdout.write(`\n## ${f.replace('.bench.ts', '')}\n\n`);
  const mod = (await import(join(here, f))) as { default: () => Promise<void> };
  await mod.default();
}
process.stdout.write(`\nprocess: max resident set ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
