import { stringify } from 'yaml';
import type { Category, Lang } from '../types.js';
import { detectLanguage } from '../../text/detectLanguage.js';
import { PROVINCE_INFO, type Province } from '../../sla/provinces.js';
import { draftingData, type DraftingData, type LanguageCues, type Template } from './draftingData.js';
import { plainText } from './plainText.js';
import { bare, quote, units, type Unit } from './clauses.js';
import { DAYS, statedHours, type Hours, type StatedHours } from './statedHours.js';
import { replyTarget, type ReplyTarget } from './replyTarget.js';
import { findCues, words, type CueHit } from './words.js';

export interface DraftInput {
  /** The document as read (HTML, Markdown or plain text). */
  source: string;
  format: 'html' | 'md' | 'txt';
  /** The policy id (= the file name the draft is installed under). */
  id: string;
  /** The document's file name, for the record (`source:`). */
  fileName: string;
  lang?: Lang;
  province?: Province;
}

export interface DraftedRule {
  id: string;
  category: Category;
  clause: string;
  /** The cue that named it. */
  cue: string;
  reply?: string;
}

export interface Draft {
  /** The policy file, with comments for the reviewer. */
  yaml: string;
  language: Lang;
  /** Vigie's categories the document names, in the order of the templates. */
  categories: Category[];
  rules: DraftedRule[];
  /** Clauses no category enforces, listed for the reviewer. */
  unmapped: string[];
  hours: StatedHours;
  replyTarget?: ReplyTarget;
  province: { code: Province; from: 'option' | 'text' | 'default'; quote?: string };
  replies: Record<string, string>;
  /** The plain text the clauses were quoted from. */
  plain: string;
}

const DEFAULT_HOURS: [string, string][] = [['08:30', '16:30']];

/**
 * A policy file drafted from an organization's netiquette (issue 20): a rule for each of Vigie's categories the
 * document names, quoting the document's own sentence; its office hours, province and reply promise when stated;
 * the replies it prescribes in its own words; and, as comments, what it says that no rule of Vigie enforces. The
 * words that name each category are data (policies/drafting/); this is the mechanism.
 */
export function draftPolicy(input: DraftInput, data: DraftingData = draftingData()): Draft {
  const plain = plainText(input.source, input.format);
  const language = input.lang ?? detectLanguage(plain) ?? 'fr';
  const cues = data.languages[language];
  const all = units(plain);

  // Every place a category is named; per template, the clause that says it best.
  const found = new Map<string, { unit: Unit; hit: CueHit; score: number }>();
  const mapped = new Set<number>();
  for (const unit of all) {
    const ruleLike = isRule(unit, cues);
    const replyLike = findCues(cues.replyWords, unit.words).length > 0;
    for (const [key, { cues: cs, not }] of cues.cues) {
      const hits = findCues(cs, unit.words, not);
      if (hits.length === 0) continue;
      // A quote shorter than a policy's clause may be (« Spam » alone, with no sentence opening its list) says too
      // little to review: the category is taken from another sentence, or not at all.
      if (quote(unit, hits[0]!.from).length < 8) continue;
      mapped.add(unit.index);
      const template = data.templates.get(key)!;
      const score = hits.length + (ruleLike ? 2 : 0) + (template.reply && replyLike ? 3 : 0);
      const prev = found.get(key);
      if (!prev || score > prev.score) found.set(key, { unit, hit: hits[0]!, score });
    }
  }

  const hours = statedHours(all, cues);
  const target = replyTarget(all, cues);
  const province = provinceOf(plain, input.province, language, data);

  const rules: DraftedRule[] = [];
  const replies: Record<string, string> = {};
  let maxPerDay: number | undefined;
  for (const [key, template] of data.templates) {
    const f = found.get(key);
    if (!f) continue;
    if (template.detector === 'frequency') {
      maxPerDay = perDay(f.unit);
      if (maxPerDay === undefined) continue;
    }
    const rule: DraftedRule = { id: key, category: template.category, clause: quote(f.unit, f.hit.from), cue: f.hit.cue.source };
    if (template.reply && findCues(cues.replyWords, f.unit.words).length > 0) {
      replies[template.reply] = bare(f.unit.text);
      rule.reply = template.reply;
    }
    rules.push(rule);
  }

  const unmapped: string[] = [];
  for (const unit of all) {
    const notEnforced = findCues(cues.unmapped, unit.words);
    const inRuleList = unit.item && unit.leadIn !== undefined && isRule(unit.leadIn, cues) && !mapped.has(unit.index);
    if (notEnforced.length === 0 && !inRuleList) continue;
    const q = quote(unit, notEnforced[0]?.from);
    if (!unmapped.includes(q)) unmapped.push(q);
  }

  const categories = [...new Set(rules.map((r) => r.category))];
  const languageMode = languageModeOf(rules, found, cues);
  const yaml = emit({ input, language, rules, unmapped, hours, target, province, replies, data, languageMode, maxPerDay, plain });
  return { yaml, language, categories, rules, unmapped, hours, ...(target ? { replyTarget: target } : {}), province, replies, plain };
}

function isRule(unit: Unit, cues: LanguageCues): boolean {
  return findCues(cues.ruleWords, unit.words).length > 0;
}

function perDay(unit: Unit): number | undefined {
  const ns = unit.words.map((w) => (/^\d{1,2}$/.test(w.text) ? Number(w.text) : 0)).filter((n) => n > 0);
  return ns.length > 0 ? Math.max(...ns) : undefined;
}

function provinceOf(plain: string, option: Province | undefined, language: Lang, data: DraftingData): Draft['province'] {
  if (option) return { code: option, from: 'option' };
  const ws = words(plain);
  let best: { code: Province; n: number; at: number } | undefined;
  for (const [code, cs] of data.provinces) {
    const hits = findCues(cs, ws);
    if (hits.length === 0) continue;
    const at = hits[0]!.from;
    if (!best || hits.length > best.n || (hits.length === best.n && at < best.at)) best = { code, n: hits.length, at };
  }
  if (best) {
    const w = ws[best.at]!;
    const line = plain.slice(plain.lastIndexOf('\n', w.start) + 1, (plain.indexOf('\n', w.end) + 1 || plain.length + 1) - 1);
    return { code: best.code, from: 'text', quote: line.length > 160 ? plain.slice(w.start, w.end) : line };
  }
  return { code: language === 'fr' ? 'QC' : 'ON', from: 'default' };
}

function languageModeOf(rules: DraftedRule[], found: Map<string, { unit: Unit }>, cues: LanguageCues): 'fr-only' | 'bilingual' | 'any' {
  const rule = rules.find((r) => r.category === 'language');
  if (!rule) return 'any';
  const ws = found.get(rule.id)!.unit.words;
  if (findCues(cues.languageRule.frOnly, ws).length > 0) return 'fr-only';
  if (findCues(cues.languageRule.bilingual, ws).length > 0) return 'bilingual';
  return 'any';
}

/** The organization's name as the document writes it most often (« Ville de Repentigny »), else the id. */
function nameOf(plain: string, id: string, cues: LanguageCues): string {
  const counts = new Map<string, number>();
  const joiners = "(?:de|du|des|d['’]|la|le|les|l['’]|et|of|the|and|for)";
  for (const prefix of cues.names) {
    // « le ministère de l'Emploi... » as well as « Ministère de la Famille »: the first letter in either case.
    const p = `[${prefix[0]!.toUpperCase()}${prefix[0]!.toLowerCase()}]${prefix
      .slice(1)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['’]")}`;
    // « Collège des médecins du Québec »: up to three words of any case, then capitalized ones.
    const re = new RegExp(
      `${p} ?(?:[\\p{L}'’-]+ ){0,3}?(?:[lLdD]['’])?[\\p{Lu}][\\p{L}\\p{N}'’-]*(?: (?:${joiners} ?)?[\\p{Lu}][\\p{L}\\p{N}'’-]*)*`,
      'gu',
    );
    for (const m of plain.matchAll(re)) {
      const name = m[0].trim().replace(/^./, (c) => c.toUpperCase());
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best
    ? best[0]
    : id
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ');
}

// --- The YAML: written by hand so that the reviewer's comments sit beside what they are about. -----------------

const scalar = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
const flow = (xs: readonly string[]) => `[${xs.map(scalar).join(', ')}]`;

const DAY_FR: Record<string, string> = { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi', sun: 'dimanche' };
const DAY_EN: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** « 8 h 30 », « midi », "8:30 a.m.", "noon". */
function clock(hhmm: string, lang: Lang): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (lang === 'fr') return h === 12 && m === 0 ? 'midi' : `${h} h${m ? ` ${String(m).padStart(2, '0')}` : ''}`;
  if (h === 12 && m === 0) return 'noon';
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

function hoursInWords(hours: Hours, lang: Lang): string {
  const names = lang === 'fr' ? DAY_FR : DAY_EN;
  const groups: { from: string; to: string; text: string }[] = [];
  let prev: string | undefined;
  for (const d of DAYS) {
    const iv = hours[d];
    if (!iv || iv.length === 0) {
      prev = undefined;
      continue;
    }
    const text = iv.map(([x, y]) => `${clock(x, lang)} ${lang === 'fr' ? 'à' : 'to'} ${clock(y, lang)}`).join(lang === 'fr' ? ' et ' : ' and ');
    const last = groups[groups.length - 1];
    if (last && prev && last.text === text) last.to = d;
    else groups.push({ from: d, to: d, text });
    prev = d;
  }
  return groups
    .map(
      (g) =>
        (g.from === g.to ? `${names[g.from]}` : lang === 'fr' ? `du ${names[g.from]} au ${names[g.to]}` : `${names[g.from]} to ${names[g.to]}`) +
        `, ${g.text}`,
    )
    .join('; ')
    .replace(/^./, (c) => c.toUpperCase());
}

interface EmitArgs {
  input: DraftInput;
  language: Lang;
  rules: DraftedRule[];
  unmapped: string[];
  hours: StatedHours;
  target: ReplyTarget | undefined;
  province: Draft['province'];
  replies: Record<string, string>;
  data: DraftingData;
  languageMode: 'fr-only' | 'bilingual' | 'any';
  maxPerDay: number | undefined;
  plain: string;
}

function emit(a: EmitArgs): string {
  const { input, language, data } = a;
  const cues = data.languages[language];
  const name = nameOf(a.plain, input.id, cues);
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const comment = (s: string, indent = '') => {
    for (const l of s.split('\n')) out.push(`${indent}# ${l}`.trimEnd());
  };

  comment(
    `DRAFT made by \`vigie policy draft\` from ${input.fileName} — to review before installing (README, "Draft a policy").\n` +
      `Every rule quotes the sentence of the document that names its category; check that the quote says what the rule does,\n` +
      `delete a rule the organization does not want, and read the clauses listed at the end, which no rule enforces.`,
  );
  line(`id: ${input.id}`);
  line('name:');
  line(`  fr: ${scalar(name)}`);
  line(`  en: ${scalar(name)}`);
  line(`language: ${language}`);
  line(`source: ${scalar(`${input.fileName} (brouillon / draft)`)}`);
  line();

  // Calendar
  const p = a.province;
  line('calendar:');
  line(`  timeZone: ${PROVINCE_INFO[p.code].timeZone}`);
  if (p.from === 'text') comment(`Province named in the document: « ${p.quote} »`, '  ');
  else if (p.from === 'option') comment('Province given with --province.', '  ');
  else comment(`The document names no province: ${p.code} assumed from its language. Check it (or draft again with --province).`, '  ');
  line(`  province: ${p.code}`);
  const stated = a.hours.hours;
  if (stated) for (const q of a.hours.quotes) comment(`« ${bare(q)} »`, '  ');
  else {
    comment(
      a.hours.daysOnly
        ? `The document names the days (« ${bare(a.hours.quotes[0] ?? '')} ») but no hours: 8:30 to 16:30 assumed; put the office's own hours here.`
        : 'Office hours: not stated in the document. Monday to Friday, 8:30 to 16:30 assumed; put the office’s own hours here.',
      '  ',
    );
  }
  const hours: Hours = stated ?? Object.fromEntries((a.hours.daysOnly ?? DAYS.slice(0, 5)).map((d) => [d, DEFAULT_HOURS]));
  line('  hours:');
  for (const d of DAYS) {
    const iv = hours[d];
    if (iv && iv.length > 0) line(`    ${d}: [${iv.map(([x, y]) => `["${x}", "${y}"]`).join(', ')}]`);
    else if (d !== 'sat' && d !== 'sun') line(`    ${d}: []`);
  }
  if (a.hours.holidays)
    comment(`Closed on statutory holidays (« ${bare(a.hours.holidaysQuote ?? '')} »): the calendar always closes on the province's.`, '  ');
  comment('The office’s own closing days (holiday season...): add them here, e.g. - { from: "12-24", to: "01-02", name: Fêtes }', '  ');
  line('  closures: []');
  const fr = hoursInWords(hours, 'fr');
  const en = hoursInWords(hours, 'en');
  line('hoursNote:');
  line(
    `  fr: ${scalar(stated ? `${fr}${a.hours.holidays ? ', sauf les jours fériés' : ''}.` : `${fr} (non précisées dans le document; par défaut).`)}`,
  );
  line(`  en: ${scalar(stated ? `${en}${a.hours.holidays ? ', except holidays' : ''}.` : `${en} (not stated in the document; by default).`)}`);
  line();

  // Reply target
  line('sla:');
  if (a.target) comment(`« ${bare(a.target.quote)} »`, '  ');
  else
    comment(
      'No reply target stated in the document: one business day by default, as Vigie’s other policies. Change it if the organization promises another.',
      '  ',
    );
  const days = a.target?.businessDays ?? 1;
  line('  targets:');
  line(`    comment: { businessDays: ${days} }`);
  line(`    message: { businessDays: ${days} }`);
  if (a.target) line(`  clause: ${scalar(bare(a.target.quote))}`);
  line();

  // Language rule
  const desc =
    a.languageMode === 'fr-only'
      ? { fr: 'Français seulement.', en: 'French only.' }
      : a.languageMode === 'bilingual'
        ? { fr: 'Anglais et français.', en: 'English and French.' }
        : { fr: 'La politique ne fixe pas de règle de langue.', en: 'The policy sets no language rule.' };
  line('languageRule:');
  line(`  mode: ${a.languageMode}`);
  line(`  required: ${a.languageMode !== 'any'}`);
  line('  description:');
  line(`  ${'  '}fr: ${scalar(desc.fr)}`);
  line(`  ${'  '}en: ${scalar(desc.en)}`);
  if (a.maxPerDay !== undefined) line(`posting: { maxPerDay: ${a.maxPerDay} }`);
  line();

  // Replies
  const replyKeys = Object.keys(a.replies);
  if (replyKeys.length > 0) {
    line('replies:');
    comment('The document’s own words, in its language for both: translate the other one before installing.', '  ');
    for (const k of replyKeys) {
      line(`  ${k}:`);
      line(`    fr: ${scalar(a.replies[k]!)}`);
      line(`    en: ${scalar(a.replies[k]!)}`);
    }
    line();
  }

  if (a.rules.some((r) => data.templates.get(r.id)!.detector === 'defamation')) {
    line(`x-titles: &titles ${flow(data.titles)}`);
    line();
  }

  if (a.rules.length === 0) {
    comment('The document names none of Vigie’s categories: no rule. Add the rules the organization wants (policies/README.md).');
    line('rules: []');
  } else line('rules:');
  for (const r of a.rules) {
    const t: Template = data.templates.get(r.id)!;
    line(`  - id: ${r.id}`);
    line(`    category: ${t.category}`);
    line(`    detector: ${t.detector}`);
    line(`    params: ${params(t)}`);
    line(`    kinds: ${flow(t.kinds)}`);
    line(`    action: ${t.action}`);
    line(`    severity: ${t.severity}`);
    if (r.reply) line(`    reply: ${r.reply}`);
    comment(`named by « ${r.cue} »`, '    ');
    line(`    clause: ${scalar(r.clause)}`);
    line('    message:');
    line(`      fr: ${scalar(t.message.fr)}`);
    line(`      en: ${scalar(t.message.en)}`);
  }
  if (a.unmapped.length > 0) {
    line();
    comment('Clauses of the document that no rule of Vigie enforces (false information, impersonation, illegal activity...):');
    comment('a person watches for these; none is checked automatically.');
    for (const u of a.unmapped) comment(`- « ${u} »`);
  }
  return `${out.join('\n')}\n`;
}

function params(t: Template): string {
  const entries = Object.entries(t.params);
  if (t.detector === 'defamation') return '{ titles: *titles }';
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${k}: ${Array.isArray(v) ? flow(v as string[]) : typeof v === 'string' ? scalar(v) : JSON.stringify(v)}`).join(', ')} }`;
}
