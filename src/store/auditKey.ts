import type { AuditEntry } from './Store.js';

let sequence = 0;
// Distinguishes entries written in the same millisecond by different processes (replicas, restarts).
const nonce = Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** ISO 8601 in UTC, so that keys sort in time order whatever offset the caller wrote. */
export function utcIso(at: string, what: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`${what}: '${at}' is not an ISO 8601 date and time`);
  return new Date(ms).toISOString();
}

/** A unique key for an audit entry that sorts by the entry's time, then by order of writing in this process. */
export function auditKey(entry: AuditEntry): string {
  sequence += 1;
  return `${utcIso(entry.at, 'audit entry time')}#${nonce}${String(sequence).padStart(10, '0')}`;
}
