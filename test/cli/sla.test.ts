import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { fakeIo } from './fakeIo.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';
import type { Policy } from '../../src/policy/schema.js';
import { slaCommand } from '../../src/sla/slaCommand.js';

// Loading and compiling the real policies takes seconds on a busy machine: once for the file, then the command's
// logic runs on them directly; the dispatch through `vigie` (which loads them again) is tested twice.
let policies: Map<string, Policy>;
beforeAll(async () => {
  policies = await loadPolicies();
}, 60_000);
const sla = (argv: string[], cli: CliIo) => slaCommand(argv, cli, policies);

describe('vigie sla (the real policies)', () => {
  it('mess-quebec through `vigie`: received Monday 15:00, due Tuesday 15:00, with the policy offset', { timeout: 60_000 }, async () => {
    const t = fakeIo();
    expect(await main(['sla', '--policy', 'mess-quebec', '--received', '2026-11-23T15:00:00-05:00', '--json'], t.io)).toBe(0);
    const out = JSON.parse(t.out());
    expect(out).toMatchObject({ received: '2026-11-23T15:00:00.000-05:00', deadline: '2026-11-24T15:00:00.000-05:00' });
    expect(out.remindAt).toEqual(['2026-11-24T13:00:00.000-05:00']);
  });

  it('INTERFACE.md examples: Friday 15:00 → Monday 15:00; Saturday → Monday 16:30; eve of a holiday', async () => {
    const due = async (received: string, policy = 'mess-quebec') => {
      const t = fakeIo();
      await sla(['--policy', policy, '--received', received, '--json'], t.io);
      return JSON.parse(t.out()).deadline as string;
    };
    expect(await due('2026-11-20T15:00-05:00')).toBe('2026-11-23T15:00:00.000-05:00');
    expect(await due('2026-11-21T11:00-05:00')).toBe('2026-11-23T16:30:00.000-05:00');
    expect(await due('2026-06-23T10:00-04:00')).toBe('2026-06-25T10:00:00.000-04:00');
    // Ontario's Family Day closes the Ombudsman, not the ministry.
    expect(await due('2026-02-13T15:00-05:00', 'ombudsman-ontario')).toBe('2026-02-17T15:00:00.000-05:00');
    expect(await due('2026-02-13T15:00-05:00')).toBe('2026-02-16T15:00:00.000-05:00');
  });

  it('Baie-Comeau answers private messages in two business days', async () => {
    const t = fakeIo();
    await sla(['--policy', 'baie-comeau', '--received', '2026-11-23T10:00', '--kind', 'message', '--json'], t.io);
    expect(JSON.parse(t.out()).deadline).toBe('2026-11-25T10:00:00.000-05:00');
  });

  it('prints French by default', async () => {
    const t = fakeIo();
    expect(await sla(['--policy', 'mess-quebec', '--received', '2026-11-23T15:00-05:00'], t.io)).toBe(0);
    expect(t.out()).toContain('Reçu le lundi 23 novembre 2026 à 15 h 00 — réponse attendue au plus tard le mardi 24 novembre 2026 à 15 h 00');
  });

  it('exit 2 with one line for a bad date or an unknown policy', async () => {
    const a = fakeIo();
    expect(await sla(['--policy', 'mess-quebec', '--received', 'demain'], a.io)).toBe(2);
    expect(a.err()).toBe("vigie sla: --received 'demain' is not an ISO 8601 date-time (e.g. 2026-11-23T15:00-05:00)\n");
    const b = fakeIo();
    expect(await sla(['--policy', 'quebec', '--received', '2026-11-23T15:00'], b.io)).toBe(2);
    expect(b.err()).toMatch(/^vigie sla: unknown policy 'quebec' \(one of: baie-comeau, mess-quebec, .*\)\n$/);
  });

  it('a broken policy directory is reported, not thrown', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-pol-'));
    try {
      writeFileSync(join(dir, 'broken.yml'), 'id: broken\ncalendar: [\n');
      const t = fakeIo('', { VIGIE_POLICY_DIR: dir });
      expect(await main(['sla', '--policy', 'broken', '--received', '2026-11-23T15:00'], t.io)).toBe(2);
      expect(t.err()).toMatch(/^vigie sla: 1 problem in the policy files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
