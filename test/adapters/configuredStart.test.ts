import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../adapters/config.js';
import { configuredStart } from '../../adapters/configuredStart.js';
import { RoutingError } from '../../src/moderation/routing.js';
import { loadPolicies } from '../../src/policy/loadPolicies.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-start-'));
beforeAll(() => loadPolicies(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Issue 16 item 9: an unknown VIGIE_POLICY was reported only once PORT was fixed.
describe('start-up lists every configuration problem at once', () => {
  it('a bad PORT, an unknown VIGIE_POLICY and a routing file naming an unknown policy: one error, three lines', async () => {
    const routing = join(dir, 'routing.yml');
    writeFileSync(routing, 'pages:\n  "123": { policy: nowhere }\n');
    const err = await configuredStart({ PORT: 'abc', VIGIE_POLICY: 'atlantis', VIGIE_ROUTING: routing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems;
    expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(problems).toContainEqual(expect.stringMatching(/^VIGIE_POLICY: unknown policy 'atlantis' \(known: .*mess-quebec/));
    expect(problems).toContainEqual(expect.stringMatching(/^VIGIE_ROUTING \(.*routing\.yml\): pages\.123\.policy: unknown policy 'nowhere'/));
    // The header in the operator's language only (issue 16 item 8: it was « Configuration invalide / invalid configuration »).
    expect((err as Error).message.split('\n')[0]).toBe('Configuration invalide :');
    const en = await configuredStart({ PORT: 'abc', LANG: 'en_CA.UTF-8' }).catch((e: unknown) => e);
    expect((en as Error).message.split('\n')[0]).toBe('Invalid configuration:');
  });

  it('a routing file alone keeps its own error; a good environment starts', async () => {
    const routing = join(dir, 'routing2.yml');
    writeFileSync(routing, 'pages:\n  "123": { policy: nowhere }\n');
    await expect(configuredStart({ VIGIE_ROUTING: routing })).rejects.toBeInstanceOf(RoutingError);
    const ok = await configuredStart({ VIGIE_POLICY: 'senneterre' });
    expect(ok.defaultPolicyId).toBe('senneterre');
    expect(ok.routing.default.policyId).toBe('senneterre');
  });
});
