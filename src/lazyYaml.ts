// `yaml`, loaded at its first use: a start whose policy and lexicon files come from the disk cache (src/diskCache.ts)
// parses no YAML, and loading the module was a tenth of a second of CPU of every `vigie check` on this machine.
// On Node, `import 'yaml'` and `require('yaml')` both load the package's CommonJS build: one module either way.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function lazyYaml(): typeof Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
