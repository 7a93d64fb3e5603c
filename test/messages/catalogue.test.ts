import { describe, expect, it } from 'vitest';
import { catalogue, type MessageCode } from '../../src/messages/catalogue.js';
import { isMessage, message, render } from '../../src/messages/Message.js';
import { UserError } from '../../src/messages/UserError.js';

// Any parameter a sentence asks for: its own name in capitals, so a forgotten parameter shows as "undefined".
const anyParams = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? key.toUpperCase() : undefined) });
const codes = Object.keys(catalogue) as MessageCode[];

describe('the message catalogue', () => {
  it.each(codes)('%s reads as one sentence in each language, never both glued together', (code) => {
    const fr = render({ code, params: anyParams } as never, 'fr');
    const en = render({ code, params: anyParams } as never, 'en');
    for (const said of [fr, en]) {
      expect(said.trim()).not.toBe('');
      expect(said).not.toMatch(/undefined|\[object Object\]/);
      expect(said).not.toMatch(/[a-zà-ÿ)] \/ [A-Za-zÀ-ÿ]/); // « valeur manquante / needs a value »
    }
    expect(fr).not.toBe(en);
    // French house style: « » quotes and a space before the colon; English neither.
    expect(fr).not.toMatch(/"/);
    expect(en).not.toMatch(/[«»]| :/);
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
