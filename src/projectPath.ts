import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root: the nearest directory above this file holding package.json. Walking up instead of a fixed
 *  `../..` lets the same code find policies/, samples/ and eval/ from src/ (tsx, vitest) and from dist/src/ (built). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

const ROOT = findRoot();

/** A path inside the checkout, e.g. `projectPath('policies/')`. */
export function projectPath(relative: string): string {
  return join(ROOT, relative);
}
