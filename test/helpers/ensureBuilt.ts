import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** The sources whose built file is missing or older than them. */
export function staleBuilt(): string[] {
  return ['src', 'adapters'].flatMap((top) =>
    sources(join(ROOT, top)).filter((ts) => {
      const js = join(ROOT, 'dist', relative(ROOT, ts)).replace(/\.ts$/, '.js');
      return !existsSync(js) || statSync(js).mtimeMs < statSync(ts).mtimeMs;
    }),
  );
}

/**
 * Tests run the sources; the few that run the built code (`bin/vigie`, `npm start`) first rebuild dist/ when a
 * source changed since the last `npm run build`, so they never test yesterday's build.
 */
export function ensureBuilt(): void {
  if (staleBuilt().length === 0) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}
