// The frames of the lists a rule names (policies/lexicons/<lang>/frames/<list>.yml, with the language's shared
// frames/sets.yml), compiled once per (directory, lists, language) and shared, as lexicon matchers are.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../policy/types.js';
import type { LexiconHit } from '../compileLexicon.js';
import { loadFrameFile } from './frameFile.js';
import { compileFrames, type FrameHit, type FrameMatcher, type FrameSource } from './compileFrames.js';

const LANGS: Lang[] = ['fr', 'en'];
const compiled = new Map<string, FrameMatcher | undefined>();

function load(path: string) {
  const r = loadFrameFile(path);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.file;
}

/** The frame matcher for these lists, or undefined when none of them has frames. Throws on a bad file. */
export function framesFor(dir: string, lists: string[], language: 'auto' | Lang): FrameMatcher | undefined {
  const names = [...new Set(lists)].sort();
  const key = `${dir}\n${language}\n${names.join(',')}`;
  if (compiled.has(key)) return compiled.get(key);
  const sources: FrameSource[] = [];
  for (const lang of language === 'auto' ? LANGS : [language]) {
    const sharedPath = join(dir, lang, 'frames', 'sets.yml');
    const shared = existsSync(sharedPath) ? { path: sharedPath, file: load(sharedPath) } : undefined;
    for (const list of names) {
      const path = join(dir, lang, 'frames', `${list}.yml`);
      if (existsSync(path)) sources.push({ lang, list, path, file: load(path), ...(shared ? { shared } : {}) });
    }
  }
  const m = sources.length ? compileFrames(sources) : undefined;
  compiled.set(key, m);
  return m;
}

/** A frame hit in the shape lexicon hits have, so the lexicon rule treats both alike (severity, counter-speech). */
export function asLexiconHit(h: FrameHit): LexiconHit {
  return {
    entry: {
      id: `${h.lang}/${h.list}/frames#${h.frame.id}`,
      lang: h.lang,
      list: h.list,
      label: h.frame.id,
      phrase: true,
      severity: h.frame.severity,
      ...(h.frame.action ? { action: h.frame.action } : {}),
      strict: false,
      negatable: h.frame.negatable,
      needsTarget: false,
      target: false,
    },
    tokens: h.tokens,
    span: h.span,
  };
}

/**
 * One matcher for every list that has frames in `dir`: a text is read once for all of them (each rule then keeps
 * the hits of its own lists), instead of once per rule, each time with the same words and stems.
 */
export function allFramesFor(dir: string, language: 'auto' | Lang): FrameMatcher | undefined {
  const lists = new Set<string>();
  for (const lang of language === 'auto' ? LANGS : [language]) {
    const d = join(dir, lang, 'frames');
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) if (f.endsWith('.yml') && f !== 'sets.yml') lists.add(f.slice(0, -4));
  }
  return lists.size ? framesFor(dir, [...lists], language) : undefined;
}
