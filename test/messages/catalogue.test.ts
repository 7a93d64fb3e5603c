import { describe, expect, it } from 'vitest';
import { catalogue, type MessageCode } from '../../src/messages/catalogue.js';
import { isMessage, message, render } from '../../src/messages/Message.js';
import { UserError } from '../../src/messages/UserError.js';

// Any parameter a sentence asks for: its own name in capitals, so a forgotten parameter shows as "undefined".
const anyParams = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? key.toUpperCase() : undefined) });
const codes = Object.keys(catalogue) as MessageCode[];
// Words that are the same in both languages.
const SAME = new Set<MessageCode>(['alert.page', 'alert.clause', 'rules.col-page']);

/** The parameters a sentence reads in one language: what it asks its caller for. */
function paramsRead(code: MessageCode, lang: 'fr' | 'en'): string[] {
  const read = new Set<string>();
  const spy = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? (read.add(key), key.toUpperCase()) : undefined) });
  (catalogue[code][lang] as (p: unknown) => string)(spy);
  return [...read].sort();
}

describe('the message catalogue', () => {
  it.each(codes)('%s reads as one sentence in each language, never both glued together', (code) => {
    const fr = render({ code, params: anyParams } as never, 'fr');
    const en = render({ code, params: anyParams } as never, 'en');
    for (const said of [fr, en]) {
      expect(said.trim()).not.toBe('');
      expect(said).not.toMatch(/undefined|\[object Object\]/);
      expect(said).not.toMatch(/[a-zà-ÿ)] \/ [A-Za-zÀ-ÿ]/); // « valeur manquante / needs a value »
    }
    if (!SAME.has(code)) expect(fr).not.toBe(en);
    // French house style: « » quotes and a space before the colon; English neither.
    expect(fr).not.toMatch(/"/);
    expect(en).not.toMatch(/[«»]| :/);
  });

  it.each(codes)('%s has both languages, reading the same parameters', (code) => {
    expect(Object.keys(catalogue[code]).sort()).toEqual(['en', 'fr']);
    expect(paramsRead(code, 'en')).toEqual(paramsRead(code, 'fr'));
  });

  it('codes are stable names: area.what-happened', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+\.[a-z_-]+$/);
  });

  it('a message travels as data and is rendered where it is read', () => {
    const m = message('option.needs-value', { name: 'author' });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(isMessage(m)).toBe(true);
    expect(isMessage({ code: 'nothing.like-this' })).toBe(false);
    const err = new UserError(m);
    expect(err.message).toBe('--author needs a value.');
    expect(err.in('fr')).toBe('--author attend une valeur.');
  });
});
