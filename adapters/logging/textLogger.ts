import type { Writable } from 'node:stream';
import type { Logger } from '../../src/moderation/Context.js';
import type { Scrubber } from './safeFields.js';

/** Lines for a person on the error stream: `time level message key=value`. `quiet` keeps only warnings and errors
 *  (the console is on the same terminal and its user does not want the server's chatter). */
export function textLogger(out: Writable, scrub: Scrubber, quiet: boolean): Logger {
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const safe = scrub.fields(fields);
    delete safe.event;
    const extra = Object.entries(safe)
      .map(([k, v]) => `${k}=${JSON.stringify(v) ?? String(v)}`)
      .join(' ');
    out.write(`${new Date().toISOString()} ${level} ${scrub.message(msg)}${extra ? ` ${extra}` : ''}\n`);
  };
  return {
    info: (m, f) => void (quiet ? undefined : write('info', m, f)),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
