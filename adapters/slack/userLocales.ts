import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/moderation/Context.js';
import type { Lang } from '../../src/policy/types.js';
import type { Store } from '../../src/store/Store.js';

export const LOCALE_NAMESPACE = 'slack-locale';
// People rarely switch Slack's language; a month keeps users.info calls rare without keeping stale data forever.
const TTL_MS = 30 * 24 * 3_600_000;
// The locale is a nicety; the 3-second acknowledgement is not. A slow store answers in the policy's language.
const STORE_WAIT_MS = 250;

/** The product language for a Slack locale ('fr-CA', 'en-US'); undefined for any other language. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  if (/^fr\b/i.test(locale)) return 'fr';
  if (/^en\b/i.test(locale)) return 'en';
  return undefined;
}

export interface UserLocales {
  /** The language of a user's Slack locale, if already known (memory, then the store). Never calls Slack. */
  known(userId: string): Promise<Lang | undefined>;
  /** Looks the locale up with users.info in the background and caches it; the next answer uses it. */
  warm(userId: string): void;
  /** Settles once every lookup in flight is done (tests, shutdown). */
  idle(): Promise<void>;
}

/**
 * Slash command payloads do not carry the user's locale, and Slack wants the answer within 3 s: the first answer
 * uses the policy's language while users.info (include_locale) runs after the acknowledgement; the locale is cached
 * in the store so later answers, on any replica, speak the user's language.
 */
export function userLocales(deps: { store: Store; client: WebClient; log: Logger }): UserLocales {
  const memory = new Map<string, string | null>();
  const inFlight = new Map<string, Promise<void>>();

  async function lookup(userId: string): Promise<void> {
    try {
      const res = await deps.client.users.info({ user: userId, include_locale: true });
      const locale = res.user?.locale ?? null;
      memory.set(userId, locale);
      await deps.store.setValue(LOCALE_NAMESPACE, userId, locale ?? '', TTL_MS);
    } catch (err) {
      const e = err as { data?: { error?: string }; message?: string };
      deps.log.warn('could not read the Slack user locale (users.info, scope users:read)', {
        userId,
        error: e.data?.error ?? e.message ?? String(err),
      });
    }
  }

  return {
    async known(userId) {
      if (!memory.has(userId)) {
        let timer: NodeJS.Timeout | undefined;
        const stored = await Promise.race([
          deps.store.getValue<string>(LOCALE_NAMESPACE, userId).catch(() => undefined),
          new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), STORE_WAIT_MS))),
        ]).finally(() => clearTimeout(timer));
        if (stored === undefined) return undefined;
        memory.set(userId, stored || null);
      }
      return langOfLocale(memory.get(userId) ?? undefined);
    },
    warm(userId) {
      if (memory.has(userId) || inFlight.has(userId)) return;
      const p = lookup(userId).finally(() => inFlight.delete(userId));
      inFlight.set(userId, p);
    },
    async idle() {
      await Promise.all([...inFlight.values()]);
    },
  };
}
