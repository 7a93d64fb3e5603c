/**
 * `detector: personalInfo` — personal information of the writer or of others: phone numbers (libphonenumber-js,
 * with context: a file number such as 2026-000123 is not a phone, "poste 22" belongs to it), e-mail addresses
 * (validator, and spelled out: « jean.tremblay (at) gmail.com »), street addresses, postal codes (validator),
 * Social Insurance Numbers (Luhn), Québec (RAMQ) and Ontario health-card numbers, payment cards (validator: Luhn and issuer prefixes),
 * birth dates (a date after « né le », "DOB", « date de naissance »), and in staff posts a client's file or account
 * number (« votre dossier 2231-889 », "file 2022-014873", « matricule 4512-33-8890 »): a commenter may quote their
 * own file number to be helped, but a post that prints one discloses it to everyone. Also a licence plate named as
 * one (« plaque FKR 2J7 »: it identifies a car's owner) and a room number in a care home or a hospital (« chambre 212
 * au foyer »: it locates a resident).
 *
 * Params: `kinds` (default all), `ignore` (the organization's own phone numbers and e-mail addresses, which a
 * commenter may quote back harmlessly).
 */
import { createRequire } from 'node:module';
import type { findPhoneNumbersInText as FindPhones } from 'libphonenumber-js';
import type validator from 'validator';
import { z } from 'zod';
import type { Bilingual, Kind } from '../types.js';
import type { Detector, Hit } from './Detector.js';
import { matchAtRuns } from './matchAtRuns.js';

export const PERSONAL_INFO_KINDS = [
  'card',
  'healthCard',
  'sin',
  'phone',
  'email',
  'postalCode',
  'address',
  'birthDate',
  'fileNumber',
  'plate',
  'room',
] as const;
type InfoKind = (typeof PERSONAL_INFO_KINDS)[number];

const NOTES: Record<InfoKind, Bilingual> = {
  card: { fr: 'un numéro de carte de paiement', en: 'a payment card number' },
  healthCard: { fr: "un numéro de carte d'assurance maladie", en: 'a health card number' },
  sin: { fr: "un numéro d'assurance sociale", en: 'a Social Insurance Number' },
  phone: { fr: 'un numéro de téléphone', en: 'a phone number' },
  email: { fr: 'une adresse courriel', en: 'an e-mail address' },
  postalCode: { fr: 'un code postal', en: 'a postal code' },
  address: { fr: 'une adresse civique', en: 'a street address' },
  birthDate: { fr: 'une date de naissance', en: 'a date of birth' },
  fileNumber: { fr: "le numéro de dossier d'une personne", en: "a person's file number" },
  plate: { fr: "un numéro de plaque d'immatriculation", en: 'a licence plate number' },
  room: { fr: "le numéro de chambre d'une personne hébergée", en: "a resident's room number" },
};

const params = z
  .object({
    kinds: z
      .array(z.enum(PERSONAL_INFO_KINDS))
      .min(1)
      .default([...PERSONAL_INFO_KINDS]),
    ignore: z.array(z.string().min(3)).default([]),
  })
  .strict();
type Params = z.infer<typeof params>;

const digitsOf = (s: string) => s.replace(/\D/g, '');
const NOT_DIGIT_BEFORE = '(?<![\\p{N}\\-])';
const NOT_DIGIT_AFTER = '(?![\\p{N}]|-\\p{N})';

// Candidates are found by shape, then confirmed by a checksum or a library validator.
const CARD = new RegExp(`${NOT_DIGIT_BEFORE}\\d(?:[ -]?\\d){12,18}${NOT_DIGIT_AFTER}`, 'gu');
const SIN = new RegExp(`${NOT_DIGIT_BEFORE}\\d{3}([ -]?)\\d{3}\\1\\d{3}${NOT_DIGIT_AFTER}`, 'gu');
// RAMQ: 3 letters of the surname, 1 of the given name, YYMMDD (month + 50 for women), 2 digits.
// Printed in capitals; typed in lower case it only counts with the words around ("pour 0312 1012" is not a card).
const RAMQ_SHAPE = '(?<![\\p{L}\\p{N}])[A-Z]{4}[ -]?\\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])[ -]?(?:0[1-9]|[12]\\d|3[01])\\d{2}(?![\\p{L}\\p{N}])';
const RAMQ = new RegExp(RAMQ_SHAPE, 'gu');
const RAMQ_ANY_CASE = new RegExp(RAMQ_SHAPE, 'giu');
const SIN_NAMED =
  /(?:\bNAS\b|\bSIN\b|\bN\.A\.S\.|assurance[ -]sociale|social insurance)\s*(?:n[o°º]\.?|#|number|numéro|num\.?|est|is|c['’]est|:)?\s*:?\s*$/iu;
// Ontario: 10 digits (check digit by Luhn), written 4-3-3, often followed by a 2-letter version code.
const OHIP = /(?<![\p{L}\p{N}-])(\d{4})([ -]?)(\d{3})\2(\d{3})(?:[ -]?([A-Z]{2}))?(?![\p{L}\p{N}])/gu;
const HEALTH_CONTEXT =
  /(?:carte|assurance)[\s-]+(?:d['’]\s*)?(?:santé|sante|maladie)|ramq|ohip|health[\s-]*card|health number|numéro d['’]assurance maladie/iu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/uy;
/** The characters an address's local part is made of: both e-mail patterns start with a run of them. */
const LOCAL_RUN = /[\p{L}\p{N}._%+-]+/gu;
// An address spelled out so that robots miss it: « jean (at) gmail (dot) com », « jean arobas videotron.ca ».
// Only the bracketed or French words: a bare " at " is ordinary English ("meet me at city hall").
const AT = String.raw`\s*(?:[([{]\s*(?:at|@|arobas|arobase|a)\s*[)\]}]|\s(?:arobas|arobase)\s)\s*`;
const DOT = String.raw`(?:\s*[([{]\s*(?:dot|point|\.)\s*[)\]}]\s*|\s(?:dot|point)\s|\.)`;
const EMAIL_SPELLED = new RegExp(String.raw`[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`, 'iuy');
const AT_ONCE = new RegExp(AT, 'iu');
const DOTS = new RegExp(DOT, 'giu');
/** What a text needs for EMAIL_SPELLED to have a chance: a bracket or « arobas ». */
const SPELLED_MARK = /[([{]|arob/i;
/** Reads a spelled-out address back, so validator and the organization's own addresses apply to it too. */
const unspell = (s: string) => s.replace(AT_ONCE, '@').replace(DOTS, '.').replace(/\s+/g, '');
const POSTAL = /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/giu;
const STREET_FR =
  /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s+(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|route|rang|place|montée|côte|allée|impasse|croissant|promenade|terrasse)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]|de\s+|d['’])?[\p{Lu}\d][\p{L}\-'’.]*/gu;
const STREET_EN =
  /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:[\p{Lu}\d][\p{L}\-'’.]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Crescent|Cres\.?|Court|Ct\.?|Lane|Ln\.?|Way|Place|Pl\.?|Terrace|Circle|Trail)(?![\p{L}])/gu;
const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\\.?|févr\\.?|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})`;
// The words that make a date someone's birth date; the date must follow within a few characters.
const BIRTH_DATE = new RegExp(
  `(?<![\\p{L}])(?:né|née|nés|born(?:\\s+on)?|DOB|D\\.O\\.B\\.?|date\\s+de\\s+naissance|date\\s+of\\s+birth|birth\\s*date|birthdate|DDN)\\s*(?:le\\s+|on\\s+|:\\s*|\\(\\s*)?${DATE}`,
  'giu',
);
// A file, case or account number: the word, then a number of at least five digits (dashes and a letter prefix allowed).
const FILE_NUMBER =
  /(?<![\p{L}])(?:dossier|file|case|matricule|claim|réclamation|reclamation|numéro\s+de\s+client|client\s+(?:number|no\.?|#)|account(?:\s+number)?|numéro\s+de\s+compte)\s*(?:(?:n[o°º]\.?|#|number|numéro|num\.?)\s*)?(?::\s*)?((?:[A-Z]{2,5}-)?\d[\d-]{2,}\d)(?![\p{L}\p{N}])/giu;
// Five digits at least: « le dossier 2026 du budget » is a year.
const enoughDigits = (s: string) => s.replace(/\D/g, '').length >= 5;

// A licence plate after the word that names it (`\s*(?:(?:no|#)\s*)?`, never two free runs of spaces in a row, which
// re-split a long run of spaces every way); the plate itself is checked in capitals with letters and digits
// (« la plaque commémorative 1950 » is no plate).
const PLATE =
  /(?<![\p{L}])(?:plaque(?:\s+d['’]immatriculation)?|immatriculation|licen[cs]e\s+plate|plate(?:\s+number)?)\s*(?:(?:n[o°º]\.?|#|:)\s*)?([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})(?![\p{L}\p{N}])/giu;
const isPlate = (s: string) => s === s.toUpperCase() && /\d/.test(s) && /[A-Z]/.test(s);
// A room number, and the care home or hospital it is in (within the text's next or previous 80 characters).
const ROOM = /(?<![\p{L}])(?:chambre|room)\s*(?:(?:n[o°º]\.?|#)\s*)?(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}])/giu;
const CARE_HOME =
  /(?<![\p{L}])(?:foyer|chsld|résidence|residence|hôpital|hopital|hospital|longue\s+durée|longue\s+duree|long[\s-]+term\s+care|ltc|nursing\s+home|retirement\s+home|centre\s+d['’]hébergement|centre\s+d['’]hebergement|rpa|soins\s+palliatifs|palliative)/iu;

// Toll-free area codes (NANP): a business or government line, never a person's.
const TOLL_FREE = /^(?:800|833|844|855|866|877|888)/;
// Words before a number that make it a file, case or order number rather than a phone number.
const NOT_A_PHONE =
  /(?:dossier|file|case|référence|reference|réf|ref|réclamation|claim|facture|invoice|commande|order|confirmation|matricule|permis|licence|license)\s*(?:n[o°º]\.?|#|number|numéro|num\.?)?\s*:?\s*$/iu;
// Sticky at the end of a phone number. `\s*(?:,\s*)?` and not `\s*,?\s*`: two free runs of spaces in a row
// re-split a long run of spaces every way (quadratic).
const EXTENSION = /\s*(?:,\s*)?(?:poste|p\.|ext\.?|extension|x)\s*\d{1,6}/iuy;

// The phone finder gives up after this many digit groups that are not a phone number. A comment holds a few;
// without a limit each costs about 0.1 ms, and 100 KB of « 418 555 1234 » (no two of which read as a phone)
// took 2.5 s (the figure of test/policy/linearTime.test.ts's phone case).
const PHONE_MAX_TRIES = 250;
const require = createRequire(import.meta.url);
// The four checks used, each its own module: the package's index loads 113 (0.14 s of CPU of every start).
// A module's function is its `default` (some also export it as the module itself, isPostalCode does not).
const fromLib = <F>(name: string) => (require(`validator/lib/${name}`) as { default: F }).default;
const isCreditCard = fromLib<typeof validator.isCreditCard>('isCreditCard');
const isEmail = fromLib<typeof validator.isEmail>('isEmail');
const isLuhnNumber = fromLib<typeof validator.isLuhnNumber>('isLuhnNumber');
const isPostalCode = fromLib<typeof validator.isPostalCode>('isPostalCode');

type PhoneOptions = NonNullable<Parameters<typeof FindPhones>[1]>;
// The phone finder (297 ES modules, 0.22 s of CPU to load) is loaded by the first text with ten digits: most
// texts have none, and `vigie check "Bonjour"` should not wait for it. Its CommonJS build, so that a check stays
// synchronous; the same library and metadata as its ES build.
let phones: typeof FindPhones | undefined;
const findPhoneNumbersInText: typeof FindPhones = (...args) =>
  (phones ??= (require('libphonenumber-js') as { findPhoneNumbersInText: typeof FindPhones }).findPhoneNumbersInText)(...args);

function luhn(digits: string): boolean {
  return digits.length > 1 && isLuhnNumber(digits);
}

/** Without a trailing run of `ch` (a regex `ch+$` re-reads the run from each of its characters). */
function trimEnd(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

/**
 * The spans already reported, so that one place is reported once (scanning them all for each new one was
 * quadratic on a text full of postal codes). They never overlap, so sorted by start they are sorted by end too,
 * and a binary search finds the only one that may overlap. New spans come in order while one pattern's matches
 * are added; a span before the last one (the next pattern's first) merges them into the sorted list first.
 */
class Taken {
  private sorted: [number, number][] = [];
  private pending: [number, number][] = [];
  overlaps(s: number, e: number): boolean {
    return Taken.hits(this.sorted, s, e) || Taken.hits(this.pending, s, e);
  }
  add(s: number, e: number): void {
    const last = this.pending[this.pending.length - 1];
    if (last && s < last[0]) this.flush();
    this.pending.push([s, e]);
  }
  private flush(): void {
    const merged: [number, number][] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < this.pending.length) {
      if (j >= this.pending.length || (i < this.sorted.length && this.sorted[i]![0] < this.pending[j]![0])) merged.push(this.sorted[i++]!);
      else merged.push(this.pending[j++]!);
    }
    this.sorted = merged;
    this.pending = [];
  }
  /** Whether a span of `spans` (sorted, disjoint) overlaps [s, e): the first one ending after s is the only candidate. */
  private static hits(spans: [number, number][], s: number, e: number): boolean {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![1] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo]![0] < e;
  }
}

function compile(p: Params) {
  const want = new Set(p.kinds);
  const ignored = new Set(p.ignore.map((x) => (x.includes('@') ? x.toLowerCase() : digitsOf(x))));
  return (text: string, kind: Kind = 'comment'): Hit[] => {
    // Cheap exit: every kind needs a digit or an @, written or spelled out.
    const spelled = SPELLED_MARK.test(text);
    if (!spelled && !/[\d@]/.test(text)) return [];
    let digits = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    const hits: Hit[] = [];
    const taken = new Taken();
    const add = (kind: InfoKind, s: number, e: number) => {
      if (taken.overlaps(s, e)) return;
      taken.add(s, e);
      hits.push({ span: [s, e], detail: kind, note: NOTES[kind] });
    };
    if (want.has('card') && digits >= 13) {
      for (const m of text.matchAll(CARD)) {
        const d = digitsOf(m[0]);
        if (isCreditCard(d)) add('card', m.index, m.index + m[0].length);
      }
    }
    if (want.has('healthCard') && digits >= 8) {
      const context = HEALTH_CONTEXT.test(text);
      for (const m of text.matchAll(context ? RAMQ_ANY_CASE : RAMQ)) add('healthCard', m.index, m.index + m[0].length);
      for (const m of text.matchAll(OHIP)) {
        const d = m[1]! + m[3]! + m[4]!;
        // Unformatted 10 digits are more often a phone number: only with a version code or the words around.
        const shaped = m[2] !== '' || m[5] !== undefined || context;
        if (shaped && luhn(d)) add('healthCard', m.index, m.index + m[0].length);
      }
    }
    if (want.has('sin') && digits >= 9) {
      for (const m of text.matchAll(SIN)) {
        const d = digitsOf(m[0]);
        // Named as one (« mon NAS 284 119 572 »), a number is disclosed as a SIN even when mistyped or invented.
        const named = SIN_NAMED.test(text.slice(Math.max(0, m.index - 40), m.index));
        if (d[0] !== '8' && (named || luhn(d))) add('sin', m.index, m.index + m[0].length);
      }
    }
    if (want.has('email') && text.includes('@')) {
      for (const m of matchAtRuns(text, LOCAL_RUN, EMAIL)) {
        const addr = trimEnd(m[0], '.');
        if (isEmail(addr) && !ignored.has(addr.toLowerCase())) add('email', m.index, m.index + addr.length);
      }
    }
    if (want.has('email') && spelled) {
      for (const m of matchAtRuns(text, LOCAL_RUN, EMAIL_SPELLED)) {
        const addr = unspell(m[0]).toLowerCase();
        if (isEmail(addr) && !ignored.has(addr)) add('email', m.index, m.index + m[0].length);
      }
    }
    if (want.has('phone') && digits >= 10) {
      for (const f of findPhoneNumbersInText(text, { defaultCountry: 'CA', maxTries: PHONE_MAX_TRIES } as PhoneOptions)) {
        const raw = text.slice(f.startsAt, f.endsAt);
        if (/^\d{4}-\d{5,}$/.test(raw.trim())) continue;
        if (NOT_A_PHONE.test(text.slice(Math.max(0, f.startsAt - 30), f.startsAt))) continue;
        if (ignored.has(digitsOf(f.number.nationalNumber))) continue;
        if (f.number.countryCallingCode === '1' && TOLL_FREE.test(f.number.nationalNumber)) continue;
        EXTENSION.lastIndex = f.endsAt;
        const ext = EXTENSION.exec(text);
        add('phone', f.startsAt, f.endsAt + (ext ? ext[0].length : 0));
      }
    }
    if (want.has('address') && digits >= 1) {
      for (const re of [STREET_FR, STREET_EN]) {
        for (const m of text.matchAll(re)) add('address', m.index, m.index + m[0].replace(/[.,]+$/, '').length);
      }
    }
    if (want.has('birthDate') && digits >= 4) {
      for (const m of text.matchAll(BIRTH_DATE)) add('birthDate', m.index, m.index + m[0].length);
    }
    // In a post only: a commenter who gives their own file number is asking for help with it.
    if (want.has('fileNumber') && kind === 'post' && digits >= 4) {
      for (const m of text.matchAll(FILE_NUMBER)) if (enoughDigits(m[1]!)) add('fileNumber', m.index, m.index + m[0].length);
    }
    if (want.has('plate') && digits >= 1) {
      for (const m of text.matchAll(PLATE)) {
        const plate = m[1]!;
        if (isPlate(plate)) add('plate', m.index + m[0].length - plate.length, m.index + m[0].length);
      }
    }
    if (want.has('room') && digits >= 1) {
      for (const m of text.matchAll(ROOM)) {
        const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
        if (CARE_HOME.test(around)) add('room', m.index, m.index + m[0].length);
      }
    }
    if (want.has('postalCode')) {
      for (const m of text.matchAll(POSTAL)) {
        if (isPostalCode(m[0].toUpperCase(), 'CA')) add('postalCode', m.index, m.index + m[0].length);
      }
    }
    return hits.sort((a, b) => a.span[0] - b.span[0]);
  };
}

export const personalInfo: Detector<Params> = {
  name: 'personalInfo',
  params,
  compile(p) {
    const find = compile(p);
    return (input) => find(input.text, input.kind);
  },
};

let everything: ((text: string, kind: Kind) => Hit[]) | undefined;

/**
 * Every kind of personal information in `text`, none ignored, with the words that name each kind: what an export
 * of the team's decisions masks (issue 21 item 3). The detector's own finder, so the export hides what the rule sees.
 */
export function findPersonalInfo(text: string, kind: Kind = 'comment'): Hit[] {
  everything ??= compile(params.parse({}));
  return everything(text, kind);
}
