import type { Writable } from 'node:stream';
import type { Logger } from '../../src/moderation/Context.js';
import { scrubber } from './safeFields.js';
import { textLogger } from './textLogger.js';

export interface LoggerOptions {
  format: 'text' | 'json';
  /** Only warnings and errors (the console shares the terminal). */
  quiet: boolean;
  /** Configured secret values, replaced wherever they would appear in a line. */
  secrets: (string | undefined)[];
}

/** The operator's log on `out`. pino loads only for the json format: a console start does not pay for it. */
export async function createLogger(out: Writable, opts: LoggerOptions): Promise<Logger> {
  const scrub = scrubber(opts.secrets);
  if (opts.format === 'json') {
    const { jsonLogger } = await import('./jsonLogger.js');
    return jsonLogger(out, scrub, opts.quiet);
  }
  return textLogger(out, scrub, opts.quiet);
}
