import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectPath } from '../../projectPath.js';
import { CATEGORIES, KINDS, ACTIONS, SEVERITIES, type Lang } from '../types.js';
import { PROVINCES, type Province } from '../../sla/provinces.js';
import { compileCue, type Cue } from './words.js';

/** policies/drafting/: what a netiquette's words mean (fr.yml, en.yml) and the rule each category gets (rules.yml). */
export const DRAFTING_DIR = projectPath('policies/drafting/');

// A number in a list (911, 311) is read as the word it is.
const phrases = z.array(z.union([z.string().min(1), z.number().transform(String)]));
const languageFile = z
  .object({
    language: z.enum(['fr', 'en']),
    cues: z.record(z.string(), phrases),
    not: z.record(z.string(), phrases).default({}),
    unmapped: phrases,
    ruleWords: phrases,
    replyWords: phrases,
    hours: z.object({
      days: z.record(z.string(), z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])),
      weekdays: phrases,
      through: phrases,
      noon: phrases,
      midnight: phrases,
      holidays: phrases,
    }),
    replyTarget: z.object({ numbers: z.record(z.string(), z.number().int().positive()), hours: phrases, days: phrases, words: phrases }),
    names: phrases,
    languageRule: z.object({ 'fr-only': phrases, bilingual: phrases }),
  })
  .strict();

const template = z
  .object({
    category: z.enum(CATEGORIES),
    detector: z.string().min(1),
    params: z.record(z.string(), z.unknown()).default({}),
    kinds: z.array(z.enum(KINDS)).min(1),
    action: z.enum(ACTIONS),
    severity: z.enum(SEVERITIES),
    reply: z.enum(['complaint', 'emergency', 'media']).optional(),
    message: z.object({ fr: z.string().min(1), en: z.string().min(1) }),
  })
  .strict();
const rulesFile = z.object({ titles: z.array(z.string().min(2)).min(1), templates: z.record(z.string(), template) }).strict();
export type Template = z.infer<typeof template>;

export interface LanguageCues {
  language: Lang;
  /** Template key → its cues. */
  cues: Map<string, { cues: Cue[]; not: Cue[] }>;
  unmapped: Cue[];
  ruleWords: Cue[];
  replyWords: Cue[];
  hours: { days: Map<string, string>; weekdays: Cue[]; through: string[]; noon: string[]; midnight: string[]; holidays: Cue[] };
  replyTarget: { numbers: Map<string, number>; hours: Cue[]; days: Cue[]; words: Cue[] };
  names: string[];
  languageRule: { frOnly: Cue[]; bilingual: Cue[] };
}

export interface DraftingData {
  templates: Map<string, Template>;
  titles: string[];
  languages: Record<Lang, LanguageCues>;
  provinces: Map<Province, Cue[]>;
}

let cached: DraftingData | undefined;

/** Reads and checks the drafting data once; a bad file throws with the file and the path in it. */
export function draftingData(dir: string = DRAFTING_DIR): DraftingData {
  if (cached && dir === DRAFTING_DIR) return cached;
  const read = <T>(name: string, schema: z.ZodType<T>): T => {
    const r = schema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw new Error(`${join(dir, name)}: ${i.path.join('.') || '(top)'}: ${i.message}`);
    }
    return r.data;
  };
  const rules = read('rules.yml', rulesFile);
  const languages = {} as Record<Lang, LanguageCues>;
  for (const lang of ['fr', 'en'] as const) {
    const f = read(`${lang}.yml`, languageFile);
    for (const key of [...Object.keys(f.cues), ...Object.keys(f.not)]) {
      if (!(key in rules.templates)) throw new Error(`${join(dir, `${lang}.yml`)}: cues.${key}: no such template in rules.yml`);
    }
    const all = (xs: string[]) => xs.map(compileCue);
    languages[lang] = {
      language: lang,
      cues: new Map(Object.entries(f.cues).map(([k, v]) => [k, { cues: all(v), not: all(f.not[k] ?? []) }])),
      unmapped: all(f.unmapped),
      ruleWords: all(f.ruleWords),
      replyWords: all(f.replyWords),
      hours: {
        days: new Map(Object.entries(f.hours.days)),
        weekdays: all(f.hours.weekdays),
        through: f.hours.through,
        noon: f.hours.noon,
        midnight: f.hours.midnight,
        holidays: all(f.hours.holidays),
      },
      replyTarget: {
        numbers: new Map(Object.entries(f.replyTarget.numbers)),
        hours: all(f.replyTarget.hours),
        days: all(f.replyTarget.days),
        words: all(f.replyTarget.words),
      },
      names: f.names,
      languageRule: { frOnly: all(f.languageRule['fr-only']), bilingual: all(f.languageRule.bilingual) },
    };
  }
  const provinceFile = read('provinces.yml', z.record(z.enum(PROVINCES), phrases));
  const data: DraftingData = {
    templates: new Map(Object.entries(rules.templates)),
    titles: rules.titles,
    languages,
    provinces: new Map(Object.entries(provinceFile).map(([p, v]) => [p as Province, v.map(compileCue)])),
  };
  if (dir === DRAFTING_DIR) cached = data;
  return data;
}
