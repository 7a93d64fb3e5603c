import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { draftPolicy } from '../../../src/policy/draft/draftPolicy.js';
import { policySchema } from '../../../src/policy/schema.js';
import { flat } from '../../../src/policy/draft/plainText.js';

const draft = (source: string, more: { lang?: 'fr' | 'en'; format?: 'txt' | 'md' | 'html' } = {}) =>
  draftPolicy({ source, format: more.format ?? 'txt', id: 'essai', fileName: 'essai.txt', ...(more.lang ? { lang: more.lang } : {}) });

describe('draftPolicy', () => {
  it('a lunch break, the holidays, a reply promise and a prescribed reply, from one short netiquette', () => {
    const d = draft(
      'Nétiquette de la Municipalité de Saint-Essai\n' +
        'La Municipalité se réserve le droit de retirer tout commentaire :\n' +
        '- injurieux, haineux ou menaçant;\n- publicitaire;\n- qui contient de fausses informations.\n' +
        'Nos bureaux sont ouverts du lundi au vendredi, de 8 h à midi et de 13 h à 17 h, sauf les jours fériés.\n' +
        'Nous nous engageons à répondre dans un délai d’un jour ouvrable.\n' +
        'En cas d’urgence, composez le 9-1-1.',
    );
    expect(d.language).toBe('fr');
    expect(d.categories).toEqual(['insult', 'hate', 'threat', 'commercial', 'emergency']);
    expect(d.rules.find((r) => r.id === 'commercial')!.clause).toBe(
      'La Municipalité se réserve le droit de retirer tout commentaire [...] publicitaire',
    );
    const week = [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ];
    expect(d.hours.hours).toEqual({ mon: week, tue: week, wed: week, thu: week, fri: week });
    expect(d.hours.holidays).toBe(true);
    expect(d.replyTarget?.businessDays).toBe(1);
    expect(d.replies).toEqual({ emergency: 'En cas d’urgence, composez le 9-1-1' });
    expect(d.unmapped).toEqual(['La Municipalité se réserve le droit de retirer tout commentaire [...] qui contient de fausses informations']);
    const p = policySchema.parse(parse(d.yaml)) as { name: { fr: string }; calendar: { province: string }; hoursNote?: { fr: string } };
    expect(p.name.fr).toBe('Municipalité de Saint-Essai');
    expect(p.calendar.province).toBe('QC');
    expect(p.hoursNote?.fr).toBe('Du lundi au vendredi, 8 h à midi et 13 h à 17 h, sauf les jours fériés.');
    expect(d.yaml).toContain('# - « La Municipalité se réserve le droit de retirer tout commentaire [...] qui contient de fausses informations »');
  });

  it('--lang reads the document with the other language’s words', () => {
    const text = 'Comments that are hateful or that contain advertising will be removed.';
    expect(draft(text).categories).toEqual(['hate', 'commercial']);
    expect(draft(text, { lang: 'fr' }).categories).toEqual([]);
  });

  it('a province the document names, with its time zone', () => {
    const d = draft('The Province of British Columbia removes comments that are abusive.');
    expect(d.province).toMatchObject({ code: 'BC', from: 'text' });
    expect(d.yaml).toContain('timeZone: America/Vancouver');
  });

  it('any text: no exception, a schema-valid file, every clause in the text', () => {
    const pieces = fc.constantFrom(
      'injurieux',
      'haineux',
      'publicitaire',
      'spam',
      ' ',
      '\n',
      '- ',
      '• ',
      ':',
      ';',
      '.',
      'de 8 h à midi',
      'lundi au vendredi',
      'racist',
      'Monday to Friday',
      '9 a.m. to 5 p.m.',
      '24 heures',
      'urgence',
      '9-1-1',
      '[...]',
      '«',
      'Ville de Essai',
      '<li>',
      '**',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }),
        fc.constantFrom('txt', 'md', 'html'),
        (parts, format) => {
          const d = draft(parts.join(''), { format: format as 'txt' });
          expect(policySchema.safeParse(parse(d.yaml)).success).toBe(true);
          for (const r of d.rules) for (const piece of r.clause.split(' [...] ')) expect(flat(d.plain)).toContain(flat(piece));
        },
      ),
      // Found by this property once: « **haineux » alone made a seven-letter clause, shorter than a policy allows.
      { numRuns: 150, examples: [[['**', 'haineux'], 'txt']] },
    );
  });

  it('a long document (3,000 lines, 330 KB) drafts, each category once', () => {
    const line = 'Les commentaires injurieux, haineux ou publicitaires seront retirés du lundi au vendredi de 8 h 30 à 16 h 30.\n';
    const d = draft(line.repeat(3000));
    expect(d.categories).toEqual(['insult', 'hate', 'commercial']);
  });
});
