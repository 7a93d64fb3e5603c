import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, loadPolicies } from '../../src/policy/loadPolicies.js';
import { policyDirs } from '../../src/policy/policyDirs.js';
import { configuredStart } from '../../adapters/configuredStart.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-own-policies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A deployment's own policy (Senneterre's, under another id) and its own version of a shipped one.
const senneterre = readFileSync(join(DEFAULT_POLICY_DIR, 'senneterre.yml'), 'utf8');
writeFileSync(join(dir, 'ville-essai.yml'), senneterre.replace(/^id: senneterre$/m, 'id: ville-essai'));
writeFileSync(
  join(dir, 'baie-comeau.yml'),
  readFileSync(join(DEFAULT_POLICY_DIR, 'baie-comeau.yml'), 'utf8').replace('fr: Ville de Baie-Comeau', 'fr: Ville de Baie-Comeau (version locale)'),
);

describe('VIGIE_POLICY_DIR: the deployment’s own policies, the shipped ones as fallback (issue 20)', () => {
  it('without it, the shipped folder alone', () => {
    expect(policyDirs({})).toEqual([DEFAULT_POLICY_DIR]);
    expect(policyDirs({ VIGIE_POLICY_DIR: '  ' })).toEqual([DEFAULT_POLICY_DIR]);
  });

  it('with it, its policies beside the shipped ones, and its file replaces a shipped one of the same name', async () => {
    const policies = await loadPolicies(policyDirs({ VIGIE_POLICY_DIR: dir }));
    expect([...policies.keys()].sort()).toEqual([
      'baie-comeau',
      'mess-quebec',
      'ombudsman-ontario',
      'ontario-specialist-accounts',
      'senneterre',
      'ville-essai',
    ]);
    expect(policies.get('baie-comeau')!.name.fr).toBe('Ville de Baie-Comeau (version locale)');
    expect(policies.get('ville-essai')!.rules.length).toBe(policies.get('senneterre')!.rules.length);
  });

  it('npm start reads it too: VIGIE_POLICY may name a policy of the deployment’s folder', async () => {
    const { policies, defaultPolicyId } = await configuredStart({
      VIGIE_POLICY_DIR: dir,
      VIGIE_POLICY: 'ville-essai',
      PORT: '0',
      VIGIE_CONSOLE: '0',
    });
    expect(defaultPolicyId).toBe('ville-essai');
    expect(policies.has('mess-quebec')).toBe(true);
  });
});
