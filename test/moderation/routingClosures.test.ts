import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRouting, RoutingError, withRoutingClosures } from '../../src/moderation/routing.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import { compilePolicy } from '../../src/policy/compilePolicy.js';
import { deadlineFor } from '../../src/sla/deadlineFor.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';
import { at, local } from '../sla/makePolicy.js';

// Issue 16 item 7: the towns close over the holidays; the operator declares it in the routing file.
const dir = mkdtempSync(join(tmpdir(), 'vigie-routing-closures-'));
const file = join(dir, 'routing.yml');
writeFileSync(
  file,
  [
    'default: { policy: senneterre }',
    'closures:',
    '  senneterre:',
    '    - { from: "2026-12-21", to: "2027-01-04", name: période des Fêtes }',
    '',
  ].join('\n'),
);
beforeAll(() => loadPolicies(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('closing days declared in the routing file', () => {
  it('are added to that policy only; its rules stay compiled once', async () => {
    const policies = await loadPolicies();
    const routed = withRoutingClosures(policies, loadRouting(file, {}, policies.keys()));
    const town = routed.get('senneterre')!;
    expect(local(deadlineFor(town, at('2026-12-18T15:00'), 'comment').deadline)).toBe('2027-01-05T15:00');
    expect(local(deadlineFor(policies.get('senneterre')!, at('2026-12-18T15:00'), 'comment').deadline)).toBe('2026-12-21T15:00');
    expect(routed.get('mess-quebec')).toBe(policies.get('mess-quebec'));
    expect(compilePolicy(town)).toBe(compilePolicy(policies.get('senneterre')!));
  });

  it('name a known policy, or the file is refused with the reason', async () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'closures:\n  atlantis: ["12-24"]\n  senneterre: ["24 décembre"]\n');
    const err = (() => {
      try {
        loadRouting(bad, {}, ['senneterre', 'mess-quebec']);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RoutingError);
    expect((err as RoutingError).problems.join('\n')).toMatch(/closures\.senneterre\.0: .*MM-DD/);
  });

  it('vigie sla honours them when VIGIE_ROUTING is set', async () => {
    const f = fakeIo('', { VIGIE_ROUTING: file });
    expect(await main(['sla', '--policy', 'senneterre', '--received', '2026-12-18T15:00', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ deadline: '2027-01-05T15:00:00.000-05:00' });
  });
});
