import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detectLanguage.js';

describe('detectLanguage', () => {
  it.each([
    ['My file number is 12345, please get back to me', 'en'],
    ['lol u r so wrong', 'en'],
    ['thx for the info!!', 'en'],
    ["I can't get through on the phone since monday", 'en'],
    ['where do I send my form', 'en'],
    ['wtf is this gonna be fixed or not', 'en'],
    ["Chu tanné d'attendre mon chèque", 'fr'],
    ['pis là ils me disent de rappeler demain', 'fr'],
    ['tsé quand le site marche pas', 'fr'],
    ["C'est quoi le délai pour une demande d'aide sociale?", 'fr'],
    ['mdr t sérieux', 'fr'],
    ['Merci beaucoup, bonne journée', 'fr'],
    ['Où est mon dossier', 'fr'],
    ['ostie que c’est long', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing when nothing tells', () => {
    expect(detectLanguage('12345 !!! 😀')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});
