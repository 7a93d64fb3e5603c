import { describe, expect, it } from 'vitest';
import { draftingData } from '../../../src/policy/draft/draftingData.js';
import { units } from '../../../src/policy/draft/clauses.js';
import { statedHours } from '../../../src/policy/draft/statedHours.js';
import { replyTarget } from '../../../src/policy/draft/replyTarget.js';

const data = draftingData();
const hoursOf = (text: string, lang: 'fr' | 'en' = 'fr') => statedHours(units(text), data.languages[lang]);
const week = (iv: [string, string][]) => ({ mon: iv, tue: iv, wed: iv, thu: iv, fri: iv });

describe('office hours as a document states them (issue 20)', () => {
  it.each([
    [
      'Il assure l’animation de ses médias sociaux du lundi au vendredi, de 8 h 30 à 16 h 30, sauf les jours fériés.',
      week([['08:30', '16:30']]),
      true,
    ],
    [
      'Nos bureaux sont ouverts du lundi au vendredi, de 8 h à midi et de 13 h à 17 h.',
      week([
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ]),
      false,
    ],
    [
      'Heures d’ouverture : lundi au jeudi de 8h30 à 12h et de 13h à 16h30, le vendredi de 8 h 30 à midi.',
      {
        mon: [
          ['08:30', '12:00'],
          ['13:00', '16:30'],
        ],
        tue: [
          ['08:30', '12:00'],
          ['13:00', '16:30'],
        ],
        wed: [
          ['08:30', '12:00'],
          ['13:00', '16:30'],
        ],
        thu: [
          ['08:30', '12:00'],
          ['13:00', '16:30'],
        ],
        fri: [['08:30', '12:00']],
      },
      false,
    ],
  ] as const)('%s', (text, hours, holidays) => {
    const h = hoursOf(text);
    expect(h.hours).toEqual(hours);
    expect(h.holidays).toBe(holidays);
  });

  it('a list of days, each with its hours (Repentigny’s shape)', () => {
    const h = hoursOf(
      'Heures d’ouverture de l’hôtel de ville :\n• du lundi au mercredi de 8 h 30 à 16 h 30,\n• le jeudi de 8 h 30 à 17 h 30,\n• le vendredi de 8 h à midi.',
    );
    expect(h.hours).toEqual({
      mon: [['08:30', '16:30']],
      tue: [['08:30', '16:30']],
      wed: [['08:30', '16:30']],
      thu: [['08:30', '17:30']],
      fri: [['08:00', '12:00']],
    });
  });

  it.each([
    ['We answer during business hours, from 8:30 a.m. to 5 p.m. from Monday to Friday, excluding holidays.', week([['08:30', '17:00']]), true],
    ['Our accounts are monitored Monday through Friday, 9 am - 5 pm (Eastern Time).', week([['09:00', '17:00']]), false],
    [
      'Staff monitor the page weekdays from 8:00 a.m. to noon and 1 p.m. to 4:30 p.m.',
      week([
        ['08:00', '12:00'],
        ['13:00', '16:30'],
      ]),
      false,
    ],
  ] as const)('%s', (text, hours, holidays) => {
    const h = hoursOf(text, 'en');
    expect(h.hours).toEqual(hours);
    expect(h.holidays).toBe(holidays);
  });

  it('days without hours are days only, and nothing is made up when nothing is stated', () => {
    const h = hoursOf('La modération est généralement effectuée durant les heures de bureau, du lundi au vendredi (à l’exception des jours fériés).');
    expect(h.hours).toBeUndefined();
    expect(h.daysOnly).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(h.holidays).toBe(true);
    expect(hoursOf('La Ville répond dans un délai raisonnable. Les commentaires haineux sont retirés.').hours).toBeUndefined();
  });

  it('numbers that are not hours are not read as hours (« 24 à 48 heures », "24/7", « 1 à 2 fois par jour »)', () => {
    expect(hoursOf('Un délai moyen de 24 à 48 heures est établi. Nous publions 1 à 2 fois par jour.').hours).toBeUndefined();
    expect(hoursOf('Social media is a 24/7 medium.', 'en').hours).toBeUndefined();
  });
});

describe('the reply promise, in business days', () => {
  const target = (text: string, lang: 'fr' | 'en' = 'fr') => replyTarget(units(text), data.languages[lang])?.businessDays;
  it.each([
    ['Il s’engage à vous répondre dans un délai maximal de 24 heures (un jour ouvrable).', 1],
    ['Nous répondons en un jour ouvrable.', 1],
    ['Nous répondrons dans les deux jours ouvrables.', 2],
    ['Lorsqu’un utilisateur transmet un message en privé, un délai moyen de 24 à 48 heures est établi pour y répondre.', 2],
    ['La Ville s’engage à répondre aux questions et commentaires dans un délai raisonnable.', undefined],
    ['Le Ministère publie 3 fois par jour.', undefined],
  ] as const)('%s → %s', (text, days) => expect(target(text)).toBe(days));
  it.each([
    ['We will respond within two business days.', 2],
    ['We aim to reply within 24 hours on weekdays.', 1],
    ['Social media is a 24/7 medium, and your comments are welcome at any time.', undefined],
  ] as const)('%s → %s', (text, days) => expect(target(text, 'en')).toBe(days));
});
