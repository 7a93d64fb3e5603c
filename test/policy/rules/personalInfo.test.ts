import { describe, expect, it } from 'vitest';
import { personalInfo } from '../../../src/policy/rules/personalInfo.js';
import type { RuleConfig, Policy } from '../../../src/policy/schema.js';

const detect = (params: unknown = {}) => {
  const p = personalInfo.params.parse(params);
  const fn = personalInfo.compile(p, {} as RuleConfig, {} as Policy);
  return (text: string) =>
    fn({ text, kind: 'comment', lang: undefined, policy: {} as Policy, context: {}, cache: new Map() }).map((h) => ({
      kind: h.detail,
      text: text.slice(h.span[0], h.span[1]),
    }));
};

describe('personalInfo', () => {
  const find = detect();
  const invalid: [string, string, string][] = [
    ['514-555-1234 poste 22', 'phone', '514-555-1234 poste 22'],
    ['appelez au (819) 737-2296 ext. 4', 'phone', '(819) 737-2296 ext. 4'],
    ['+1 416 555 0199', 'phone', '+1 416 555 0199'],
    ['mon courriel: a.b+c@exemple.qc.ca.', 'email', 'a.b+c@exemple.qc.ca'],
    ['NAS 046 454 286', 'sin', '046 454 286'],
    ['SIN: 046454286', 'sin', '046454286'],
    ['H2X 1Y4', 'postalCode', 'H2X 1Y4'],
    ['code k1a0b1', 'postalCode', 'k1a0b1'],
    ['RAMQ TREM85031512', 'healthCard', 'TREM85031512'],
    ['carte soleil GAGM 5562 0111', 'healthCard', 'GAGM 5562 0111'],
    ['ma carte d’assurance maladie trem 8503 1512', 'healthCard', 'trem 8503 1512'],
    ['OHIP 1234-567-897', 'healthCard', '1234-567-897'],
    ['health card 1234567897', 'healthCard', '1234567897'],
    ['Visa 4111-1111-1111-1111', 'card', '4111-1111-1111-1111'],
    ['MC 5500 0000 0000 0004', 'card', '5500 0000 0000 0004'],
    ['je reste au 22, boulevard Lasalle à Baie-Comeau', 'address', '22, boulevard Lasalle'],
    ['I live at 1200 Bay Street', 'address', '1200 Bay Street'],
    ['écrivez-moi à jean.tremblay (at) gmail.com', 'email', 'jean.tremblay (at) gmail.com'],
    ['write to jane [at] rogers [dot] com', 'email', 'jane [at] rogers [dot] com'],
    ['mon courriel : marie arobas videotron.ca', 'email', 'marie arobas videotron.ca'],
    ['jean ( at ) gmail.com', 'email', 'jean ( at ) gmail.com'],
    ['luc {a} cgocable.ca', 'email', 'luc {a} cgocable.ca'],
    // Named as one, a number is disclosed as a SIN even when its checksum fails (mistyped or invented).
    ['mon NAS 046 454 287', 'sin', '046 454 287'],
    ['my SIN is 123-456-780', 'sin', '123-456-780'],
  ];
  it.each(invalid)('finds in %j a %s', (text, kind, found) => {
    expect(find(text)).toContainEqual({ kind, text: found });
  });

  const valid = [
    'Dossier 2026-000123 en traitement',
    'file number 2026-000123',
    'numéro de dossier 4165550199',
    'dossier 046 454 287 en traitement', // checksum fails and nothing names it a SIN
    'SIN 846 454 286 example', // 8xx are business numbers
    'carte 4111 1111 1111 1112', // Luhn fails
    'OHIP 1234-567-890', // check digit wrong
    'ZZZ 1A1 is not a postal code',
    'En 2025, 12 000 personnes ont reçu 3 500 000 $',
    'Le 24 juin à 14 h 30',
    'Section 3.2.1 de la politique',
    'arobase @ville et # dièse',
    'Le 15 rue est fermé',
    'rendez-vous pour 0312 1012 au bureau',
    // Toll-free lines belong to businesses and governments.
    'Le numéro sans frais est le 1 877 767-8773',
    'Call 1-800-263-1830 for help',
    'meet me at city hall. com',
    'le comité (a) décidé de reporter',
  ];
  it.each(valid)('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('leaves the organization’s own contacts alone when told', () => {
    const f = detect({ ignore: ['819 737-2296', 'info@ville.senneterre.qc.ca'] });
    expect(f('Appelez le 819 737-2296 ou info@ville.senneterre.qc.ca')).toEqual([]);
    expect(f('Appelez le 819 555-0142')).toEqual([{ kind: 'phone', text: '819 555-0142' }]);
  });

  it('looks only for the kinds asked', () => {
    expect(detect({ kinds: ['email'] })('514-555-1234 et x@y.ca')).toEqual([{ kind: 'email', text: 'x@y.ca' }]);
  });

  it('rejects unknown kinds at load time', () => {
    expect(personalInfo.params.safeParse({ kinds: ['dna'] }).success).toBe(false);
  });
});

// Birth dates anywhere; a file or account number only in a staff post (a commenter may give their own to be helped).
describe('personalInfo: birth dates and file numbers', () => {
  const p = personalInfo.params.parse({});
  const fn = personalInfo.compile(p, {} as RuleConfig, {} as Policy);
  const find = (text: string, kind: 'comment' | 'post') =>
    fn({ text, kind, lang: undefined, policy: {} as Policy, context: {}, cache: new Map() }).map((h) => [h.detail, text.slice(h.span[0], h.span[1])]);
  const cases: [string, 'comment' | 'post', [string, string][]][] = [
    ['Mon voisin Réal Côté, né le 3 mars 1958, reçoit de l’aide', 'comment', [['birthDate', 'né le 3 mars 1958']]],
    ['Patient: Ann Wu, date of birth: 1972-06-14', 'comment', [['birthDate', 'date of birth: 1972-06-14']]],
    ['Joe Blake (born March 3, 1958) lives on my street', 'comment', [['birthDate', 'born March 3, 1958']]],
    ['DDN 14/06/1972, dossier à suivre', 'comment', [['birthDate', 'DDN 14/06/1972']]],
    ['Bonjour Mme Roy, votre dossier no 4471-220 a été transféré à Rimouski.', 'post', [['fileNumber', 'dossier no 4471-220']]],
    ['@Ken we looked at case #2025-33817 and it was closed in May.', 'post', [['fileNumber', 'case #2025-33817']]],
    ['Rappel à M. Pépin (matricule : 5512-08-1177) : compte en souffrance.', 'post', [['fileNumber', 'matricule : 5512-08-1177']]],
    ['Hi Dana, file OMB-2024-11873 is with an investigator now.', 'post', [['fileNumber', 'file OMB-2024-11873']]],
    // Not a person's: a bylaw, a resolution, a year; a commenter's own file.
    ['Le règlement 2023-145 et la résolution n° 2019-176 sont en ligne.', 'post', []],
    ['Le dossier 2026 du budget sera présenté lundi.', 'post', []],
    ['Mon dossier 2231-889 est bloqué depuis mars, pouvez-vous m’aider?', 'comment', []],
    ['Né en 1961 à Hearst, le conseiller aime la pêche.', 'post', []],
    ['Ouverture le 4 novembre 2026 de la nouvelle bibliothèque!', 'post', []],
  ];
  for (const [text, kind, want] of cases) {
    it(`${kind}: ${text.slice(0, 60)}`, () => expect(find(text, kind)).toEqual(want));
  }
});
