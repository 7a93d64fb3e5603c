import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue #13: sqlite3 5.1.7 pins tar ^6, and tar up to 7.5.x has advisories. package.json overrides it; this holds
 * the lockfile to it, so dropping the override (or a new parent bringing an old copy back) fails here, not in an
 * audit nobody ran. See SECURITY.md, "Dependencies".
 */
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { overrides?: Record<string, string> };

describe('the locked dependency tree', () => {
  it('has every copy of tar at the overridden version, none from the 6.x line', () => {
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/tar'));
    expect(copies.length).toBeGreaterThan(0);
    expect(pkg.overrides?.tar).toMatch(/^7\.5\.\d+$/);
    for (const [path, { version }] of copies) expect(`${path}@${version}`).toBe(`${path}@${pkg.overrides!.tar}`);
  });
});
