/** The five organizations of INTERFACE.md. */
export const POLICY_IDS = ['ombudsman-ontario', 'ontario-specialist-accounts', 'mess-quebec', 'senneterre', 'baie-comeau'];
