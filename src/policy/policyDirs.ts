import { DEFAULT_POLICY_DIR } from './loadPolicies.js';

/**
 * Where the policies are read (issue 20): a deployment's own folder in VIGIE_POLICY_DIR first, then the shipped
 * `policies/`, so a drafted policy installed there sits beside Vigie's five, and a file of the same name replaces
 * the shipped one. Every command and `npm start` read the policies through this.
 */
export function policyDirs(env: Record<string, string | undefined>): string[] {
  const own = env.VIGIE_POLICY_DIR?.trim();
  return own ? [own, DEFAULT_POLICY_DIR] : [DEFAULT_POLICY_DIR];
}
