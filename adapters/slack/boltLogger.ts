import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/moderation/Context.js';

/** Bolt's logging into Vigie's log, so one operator log holds everything; Bolt's debug chatter is dropped. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const join = (msgs: unknown[]) => msgs.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: () => undefined,
    info: (...msgs: unknown[]) => log.info(`slack: ${join(msgs)}`),
    warn: (...msgs: unknown[]) => log.warn(`slack: ${join(msgs)}`),
    error: (...msgs: unknown[]) => log.error(`slack: ${join(msgs)}`),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
