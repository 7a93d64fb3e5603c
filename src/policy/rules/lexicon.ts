/**
 * `detector: lexicon` — finds the words and phrases of lexicon files (policies/lexicons/<lang>/<list>.yml,
 * format in policies/lexicons/README.md) in a normalized text: accents folded, look-alikes (sh1t, c0nn4rd),
 * masks (m*rde), spaced (i d i o t) and stretched letters undone, French elision read (j'vais, t'es), Unicode
 * word boundaries ("conseil" never matches "con").
 *
 * Params, in policy YAML:
 * ```yaml
 * detector: lexicon
 * params:
 *   lists: [insult]        # list names: files <lang>/<name>.yml (required, at least one)
 *   language: auto         # auto (default): both fr and en lists; `strict` entries only count in a text of
 *                          #   their own language. fr | en: only that language's lists.
 *   minSeverity: low       # ignore entries below this severity (default low: all)
 *   dir: policies/lexicons # where the lists live (default: the package's policies/lexicons)
 * ```
 * Each hit carries the entry's severity, its own `action` when the entry sets one, and `detail` = the lexicon
 * term that matched (for a phrase pattern: the words of the text it matched). All rules naming the same lists share one compiled matcher.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { SEVERITIES, type Lang, type Severity } from '../types.js';
import type { Detector, DetectInput, Hit } from './Detector.js';
import { lexiconEntrySchema, loadLexiconFile, type LexiconFile } from '../../text/lexiconFile.js';
import { counterSpeech } from '../../text/counterSpeech.js';
import { selfAimed } from '../../text/selfAimed.js';
import { gameTalk, type GameWords } from '../../text/gameTalk.js';
import { compileLexicon, type LexiconHit, type LexiconMatcher, type LexiconSource } from '../../text/compileLexicon.js';
import { Vocabulary } from '../../text/Vocabulary.js';
import { normalize, type NormalizedText } from '../../text/normalize.js';
import { detectLanguage } from '../../text/detectLanguage.js';
import { allFramesFor, asLexiconHit } from '../../text/frames/framesFor.js';
import type { FrameHit, FrameMatcher } from '../../text/frames/compileFrames.js';
import { loadFrameFile } from '../../text/frames/frameFile.js';
import { projectPath } from '../../projectPath.js';

/**
 * The lists whose words people quote or report in order to condemn them (counter-speech). A complaint, a leak or
 * a scam is not excused by being "said": « Can't say much yet, but the office is closing » still leaks, and
 * "can you call me back" is still a complaint.
 */
const QUOTABLE = new Set(['hate', 'insult', 'obscene', 'threat']);

export const DEFAULT_LEXICON_DIR = projectPath('policies/lexicons/');
const LANGS: Lang[] = ['fr', 'en'];

const fileCache = new Map<string, ReturnType<typeof loadLexiconFile>>();
function readList(path: string) {
  let r = fileCache.get(path);
  if (!r) fileCache.set(path, (r = loadLexiconFile(path)));
  return r;
}

function listDir(dir: string | undefined): string {
  if (!dir) return DEFAULT_LEXICON_DIR;
  return isAbsolute(dir) ? dir : resolve(dir);
}

/** The files a rule reads: every (language, list) pair that exists, plus each language's shared classes. */
function filesFor(dir: string, lists: string[], language: 'auto' | Lang) {
  const langs = language === 'auto' ? LANGS : [language];
  const found: { lang: Lang; list: string; path: string }[] = [];
  const missing: string[] = [];
  for (const list of lists) {
    const here = langs.filter((lang) => existsSync(join(dir, lang, `${list}.yml`)));
    if (here.length === 0) missing.push(list);
    for (const lang of here) found.push({ lang, list, path: join(dir, lang, `${list}.yml`) });
  }
  return { found, missing, langs };
}

export const lexiconParams = z
  .object({
    lists: z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a list name: lowercase letters, digits, - and _')).min(1),
    language: z.enum(['auto', 'fr', 'en']).default('auto'),
    minSeverity: z.enum(SEVERITIES).default('low'),
    dir: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const dir = listDir(p.dir);
    const { found, missing, langs } = filesFor(dir, p.lists, p.language);
    for (const list of missing) {
      ctx.addIssue({
        code: 'custom',
        path: ['lists'],
        message: `no lexicon '${list}' in ${dir} (expected ${langs.map((l) => `${l}/${list}.yml`).join(' or ')})`,
      });
    }
    const paths = [...found.map((f) => f.path), ...langs.map((l) => join(dir, l, 'classes.yml')).filter(existsSync)];
    for (const path of paths) {
      const r = readList(path);
      if (!r.ok) for (const message of r.errors) ctx.addIssue({ code: 'custom', path: ['lists'], message });
    }
    // Compiling the lists (a phrase's syntax, an unknown class, a frame's set) is not the schema's work: the
    // loader compiles each rule after its params pass (compilePolicy) and reports a failure at `params.lists`.
    // Compiling here made every parse of the params compile, and put 3.0 s of a 7.2 s `vigie check` inside zod.
  });
export type LexiconParams = z.infer<typeof lexiconParams>;

const matchers = new Map<string, LexiconMatcher>();
const vocabularies = new Map<string, Vocabulary>();

/** One vocabulary per lexicon directory: every rule's matcher over it looks a text's tokens up once per check. */
function vocabularyFor(dir: string): Vocabulary {
  let v = vocabularies.get(dir);
  if (!v) vocabularies.set(dir, (v = new Vocabulary()));
  return v;
}

/** One compiled matcher per (directory, lists, language), shared by every rule and policy that names them. */
export function matcherFor(dir: string, lists: string[], language: 'auto' | Lang): LexiconMatcher {
  const key = `${dir}\n${language}\n${[...new Set(lists)].sort().join(',')}`;
  const known = matchers.get(key);
  if (known) return known;
  const { found, langs } = filesFor(dir, [...new Set(lists)].sort(), language);
  const classes = new Map<Lang, Record<string, string[]>>();
  const fuzzy = new Map<Lang, string[]>();
  for (const lang of langs) {
    const path = join(dir, lang, 'classes.yml');
    const r = existsSync(path) ? readList(path) : undefined;
    if (r && !r.ok) throw new Error(r.errors.join('; '));
    classes.set(lang, r?.ok ? r.file.classes : {});
    fuzzy.set(lang, r?.ok ? r.file.fuzzy : []);
  }
  const sources: LexiconSource[] = [];
  for (const { lang, list, path } of found) {
    const r = readList(path);
    if (!r.ok) throw new Error(r.errors.join('; '));
    const file: LexiconFile = r.file;
    const own = { ...classes.get(lang), ...file.classes };
    sources.push({ lang, list, entries: file.entries, classes: own, fuzzy: [...(fuzzy.get(lang) ?? []), ...file.fuzzy], origin: { path, at: r.at } });
    if (!file.targeted) continue;
    const cls = file.targeted.class;
    if (!own[cls]) throw new Error(`${path}: targeted.class: unknown class '${cls}'`);
    sources.push({
      lang,
      list,
      entries: [lexiconEntrySchema.parse({ phrase: `@${cls}`, plural: false })],
      classes: own,
      role: 'target',
      fuzzy: fuzzy.get(lang) ?? [],
    });
    for (const other of file.targeted.lists) {
      const otherPath = join(dir, lang, `${other}.yml`);
      const o = existsSync(otherPath) ? readList(otherPath) : undefined;
      if (!o) throw new Error(`${path}: targeted.lists: no lexicon '${other}' in ${join(dir, lang)}`);
      if (!o.ok) throw new Error(o.errors.join('; '));
      sources.push({
        lang,
        list,
        entries: o.file.entries,
        classes: { ...classes.get(lang), ...o.file.classes },
        role: 'targeted',
        fuzzy: fuzzy.get(lang) ?? [],
        origin: { path: otherPath, at: o.at },
      });
    }
  }
  const m = compileLexicon(sources, vocabularyFor(dir));
  matchers.set(key, m);
  return m;
}

const cueMatchers = new Map<string, LexiconMatcher>();
const classWords = new Map<string, Set<string>>();

/** Words of a class of each language's classes.yml (folded), e.g. `self_filler`: such, a, tellement, un... */
function classWordsFor(dir: string, language: 'auto' | Lang, cls: string): Set<string> {
  const key = `${dir}\n${language}\n${cls}`;
  let out = classWords.get(key);
  if (out) return out;
  out = new Set<string>();
  for (const lang of language === 'auto' ? LANGS : [language]) {
    const path = join(dir, lang, 'classes.yml');
    const r = existsSync(path) ? readList(path) : undefined;
    for (const w of (r?.ok ? r.file.classes[cls] : undefined) ?? []) for (const t of normalize(w).tokens) out.add(t.text);
  }
  classWords.set(key, out);
  return out;
}

/**
 * The last word of each entry of the frames' shared `group` set (frames/sets.yml: « innus », "first nations" →
 * nations, immigrant and immigrants): a sentence that names a group is never excused as sports talk.
 */
function groupWordsFor(dir: string, language: 'auto' | Lang): Set<string> {
  const key = `${dir}\n${language}\n#group`;
  let out = classWords.get(key);
  if (out) return out;
  out = new Set<string>();
  for (const lang of language === 'auto' ? LANGS : [language]) {
    const path = join(dir, lang, 'frames', 'sets.yml');
    const r = existsSync(path) ? loadFrameFile(path) : undefined;
    for (const w of (r?.ok ? r.file.sets.group : undefined) ?? []) {
      const last = normalize(w.replace(/^=/, '')).tokens.at(-1)?.text;
      if (!last) continue;
      out.add(last);
      if (!w.startsWith('=')) out.add(`${last}s`);
    }
  }
  classWords.set(key, out);
  return out;
}

/**
 * Cues of classes of each language's classes.yml: `report` and `condemn` for counter-speech (with `authored`); `self`
 * (the writer speaking of themself, for insults said of oneself) and `sport` (a text that talks of a game, for
 * threats that only beat the other team) in a matcher of their own, run only when an insult or a threat is found.
 */
function cueMatcherFor(dir: string, language: 'auto' | Lang, lists: readonly string[] = ['report', 'condemn']): LexiconMatcher {
  const key = `${dir}\n${language}\n${lists.join(',')}`;
  const known = cueMatchers.get(key);
  if (known) return known;
  const sources: LexiconSource[] = [];
  for (const lang of language === 'auto' ? LANGS : [language]) {
    const path = join(dir, lang, 'classes.yml');
    const r = existsSync(path) ? readList(path) : undefined;
    if (!r?.ok) continue;
    for (const list of lists) {
      if (!r.file.classes[list]) continue;
      const entry = lexiconEntrySchema.parse({ phrase: `@${list}`, negatable: false, plural: false });
      sources.push({ lang, list, entries: [entry], classes: r.file.classes });
    }
    // A report cue followed by its own object ("the people who wrote this", « écrit par ») names a document's
    // author, not someone quoted: class `authored`, the words that may follow a cue to say so.
    if (lists.includes('report') && r.file.classes.report && r.file.classes.authored) {
      const entry = lexiconEntrySchema.parse({ phrase: '@report @authored', negatable: false, plural: false });
      sources.push({ lang, list: 'authored', entries: [entry], classes: r.file.classes });
    }
  }
  const m = compileLexicon(sources, vocabularyFor(dir));
  cueMatchers.set(key, m);
  return m;
}

/** What `make` gives for this check's text, computed once and shared by every rule through `input.cache`. */
function cachedIn<T>(input: Pick<DetectInput, 'cache'>, key: string, make: () => T): T {
  if (!input.cache.has(key)) input.cache.set(key, make());
  return input.cache.get(key) as T;
}

/** The normalized text of this check, computed once and shared by every rule (through `input.cache`). */
export function normalizedOf(input: Pick<DetectInput, 'text' | 'cache'>): NormalizedText {
  return cachedIn(input, 'text:normalized', () => normalize(input.text));
}

/**
 * Every list's frame hits in this check's text, matched once by the one all-lists matcher of (dir, language) and
 * shared through `input.cache` by the rules that read frames (lexicon, defamation); each keeps its own lists'.
 * Defamation matched its own frames a second time: that rule went from 10 % to 1 % of a check's time on round 3's
 * texts (per-rule timing, same run).
 */
export function frameHitsOf(input: Pick<DetectInput, 'text' | 'cache'>, frames: FrameMatcher | undefined, key: string): FrameHit[] {
  return cachedIn(input, key, () => frames?.match(normalizedOf(input)) ?? []);
}

/** The frames every rule of (dir, language) reads, and the cache key their hits are shared under in a check. */
export function sharedFrames(dir: string, language: 'auto' | Lang): { frames: FrameMatcher | undefined; key: string } {
  return { frames: allFramesFor(dir, language), key: `lexicon:frames:${dir}:${language}` };
}

/**
 * The counter-speech test of this check's text (quoted or reported abuse in a text that condemns it) with the
 * default lexicons' cues, shared through `input.cache` with the lexicon rules that read the same lists.
 */
export function counterSpeechOf(input: Pick<DetectInput, 'text' | 'cache'>): ReturnType<typeof counterSpeech> {
  const dir = DEFAULT_LEXICON_DIR;
  return cachedIn(input, `lexicon:cues:${dir}:auto`, () => counterSpeech(normalizedOf(input), cueMatcherFor(dir, 'auto')));
}

function languageOf(input: DetectInput, nt: NormalizedText): Lang | undefined {
  if (input.lang) return input.lang;
  return cachedIn(input, 'text:language', () => detectLanguage(nt));
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

const isFrame = (h: LexiconHit) => h.entry.id.includes('/frames#');

/** A test "does this span overlap a word found?", built once per text: sorted starts and the furthest end so far. */
function overlapTest(spans: [number, number][]): (span: [number, number]) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, end] of sorted) reach.push(Math.max(end, reach[reach.length - 1] ?? -1));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < span[1]) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > span[0];
  };
}

export const lexicon: Detector<LexiconParams> = {
  name: 'lexicon',
  params: lexiconParams,
  warnings(params) {
    return matcherFor(listDir(params.dir), params.lists, params.language).warnings;
  },
  compile(params) {
    const dir = listDir(params.dir);
    const matcher = matcherFor(dir, params.lists, params.language);
    // Every list's frames in one matcher, read once per text and shared by the rules through the text's cache.
    const { frames, key: framesKey } = sharedFrames(dir, params.language);
    const mine = new Set(params.lists);
    const cues = cueMatcherFor(dir, params.language);
    const ownCues = cueMatcherFor(dir, params.language, ['self', 'sport']);
    const min = RANK[params.minSeverity];
    const key = `lexicon:${dir}:${params.language}:${params.lists.join(',')}`;
    const cueKey = `lexicon:cues:${dir}:${params.language}`;
    const selfKey = `lexicon:self:${dir}:${params.language}`;
    const fillers = classWordsFor(dir, params.language, 'self_filler');
    const gameKey = `lexicon:game:${dir}:${params.language}`;
    const cueHitsKey = `lexicon:cuehits:${dir}:${params.language}`;
    const game: GameWords = {
      them: classWordsFor(dir, params.language, 'sport_them'),
      blockers: new Set([...classWordsFor(dir, params.language, 'sport_you'), ...groupWordsFor(dir, params.language)]),
    };
    return (input) => {
      const nt = normalizedOf(input);
      const found = cachedIn(input, key, () => [
        ...matcher.match(nt),
        ...frameHitsOf(input, frames, framesKey)
          .filter((h) => mine.has(h.list))
          .map(asLexiconHit),
      ]);
      if (found.length === 0) return [];
      const excused = cachedIn(input, cueKey, () => counterSpeech(nt, cues));
      // Self and game cues, matched once per text, only when an insult or a threat asks.
      const cueHits = () => cachedIn(input, cueHitsKey, () => ownCues.match(nt));
      let lang: Lang | undefined | null = null;
      const best = new Map<string, Hit>();
      const softFrames: string[] = [];
      const words: [number, number][] = [];
      for (const h of found) {
        if (RANK[h.entry.severity] < min || (QUOTABLE.has(h.entry.list) && excused(h))) continue;
        if (h.entry.list === 'insult' && cachedIn(input, selfKey, () => selfAimed(nt, cueHits(), fillers))(h)) continue;
        if (h.entry.list === 'threat' && cachedIn(input, gameKey, () => gameTalk(nt, cueHits(), game))(h)) continue;
        if (h.entry.strict) {
          if (lang === null) lang = languageOf(input, nt);
          if (lang !== h.entry.lang) continue;
        }
        const at = `${h.span[0]}:${h.span[1]}`;
        const prev = best.get(at);
        if (prev && RANK[prev.severity ?? 'low'] >= RANK[h.entry.severity]) continue;
        // A frame that only asks for review never replaces a listed word's finding at the same place.
        if (prev && isFrame(h) && h.entry.action === 'review') continue;
        best.set(at, {
          span: h.span,
          severity: h.entry.severity,
          ...(h.entry.action ? { action: h.entry.action } : {}),
          detail: h.entry.phrase ? input.text.slice(h.span[0], h.span[1]) : h.entry.label,
        });
        if (isFrame(h) && h.entry.action === 'review') softFrames.push(at);
        else words.push(h.span);
      }
      // A frame that only asks for review must not swallow a listed word it contains (« le maire est un
      // minable » is hidden for « minable »): where a word of the lists was found, the frame adds nothing.
      if (softFrames.length) {
        const overlapsWord = overlapTest(words);
        for (const at of softFrames) if (overlapsWord(best.get(at)!.span)) best.delete(at);
      }
      return [...best.values()].sort((a, b) => a.span[0] - b.span[0]);
    };
  },
};
