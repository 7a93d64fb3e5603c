import { existsSync } from 'node:fs';
import { message } from '../messages/Message.js';
import { UserError } from '../messages/UserError.js';
import { openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';

/**
 * The bot's own store ($VIGIE_STORE, else ./data/vigie.sqlite), for the commands that read what the bot recorded.
 * A SQLite file that is not there is refused rather than created empty: the command would report nothing, as if
 * nothing had been decided.
 */
export async function botStore(env: Record<string, string | undefined>): Promise<Store> {
  const target = env.VIGIE_STORE?.trim() || './data/vigie.sqlite';
  const sqlitePath = /^rediss?:\/\//i.test(target) ? undefined : target.replace(/^sqlite:\/\//i, '');
  if (sqlitePath !== undefined && !existsSync(sqlitePath)) throw new UserError(message('cli.no-store', { path: sqlitePath }));
  try {
    return await openStore(target);
  } catch (err) {
    throw new UserError(message('cli.store-failed', { detail: err instanceof Error ? err.message : String(err) }));
  }
}
