import { WebClient } from '@slack/web-api';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { langOfLocale, LOCALE_NAMESPACE, userLocales } from '../../../adapters/slack/userLocales.js';
import type { Store } from '../../../src/store/Store.js';
import { tempStore } from '../../helpers/tempStore.js';

const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
const client = new WebClient('xoxb-test', { retryConfig: { retries: 0 } });

afterEach(() => {
  nock.cleanAll();
});

describe('langOfLocale', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['es-ES', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});

describe('userLocales', () => {
  it('does not hold the acknowledgement when the store hangs', async () => {
    const store = await tempStore();
    const hanging: Store = Object.assign(Object.create(null) as object, store, { getValue: () => new Promise<never>(() => undefined) });
    const locales = userLocales({ store: hanging, client, log });
    await expect(locales.known('U1')).resolves.toBeUndefined();
    await store.close();
  });

  it('remembers a locale it could not map (no look-up on every command) and survives a failing users.info', async () => {
    const store = await tempStore();
    const scope = nock('https://slack.com')
      .post('/api/users.info')
      .reply(200, { ok: true, user: { id: 'U1', locale: 'es-ES' } });
    const locales = userLocales({ store, client, log });
    locales.warm('U1');
    await locales.idle();
    expect(scope.isDone()).toBe(true);
    expect(await store.getValue(LOCALE_NAMESPACE, 'U1')).toBe('es-ES');
    locales.warm('U1'); // known already: no second call (nock would refuse it)
    await locales.idle();
    expect(await locales.known('U1')).toBeUndefined();

    nock('https://slack.com').post('/api/users.info').reply(200, { ok: false, error: 'missing_scope' });
    const warnings: string[] = [];
    const other = userLocales({ store, client, log: { ...log, warn: (m: string) => void warnings.push(m) } });
    other.warm('U2');
    await other.idle();
    expect(await other.known('U2')).toBeUndefined();
    expect(warnings[0]).toContain('users:read');
    await store.close();
  });
});
