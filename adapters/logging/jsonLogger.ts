import type { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/moderation/Context.js';
import { eventOf, type Scrubber } from './safeFields.js';

/**
 * $VIGIE_LOG_FORMAT=json: one JSON object per line — `level` (info, warn, error), `time` (ISO 8601), `event` (a stable
 * name), `msg`, and the line's ids and facts. Written synchronously to `out`, so nothing is lost when the process
 * exits right after a line. `quiet` keeps only warnings and errors, as in text.
 */
export function jsonLogger(out: Writable, scrub: Scrubber, quiet: boolean): Logger {
  const log = pino(
    {
      base: undefined,
      level: quiet ? 'warn' : 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    out,
  );
  const write = (level: 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) => {
    if (!log.isLevelEnabled(level)) return;
    const safe = scrub.fields(fields);
    // pino's own keys stay pino's: a field called `level` or `time` would make a second, conflicting key.
    delete safe.level;
    delete safe.time;
    delete safe.msg;
    log[level]({ ...safe, event: eventOf(msg, fields) }, scrub.message(msg));
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
