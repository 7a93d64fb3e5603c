// The first half of compiling a lexicon source: each entry's phrase parsed and every word of it (classes expanded)
// normalized as a text's tokens are. It is pure string work on the file's data and most of a compile's time
// (normalizing every word of every class, once per rule that names the list), so its result is plain data kept
// by diskCache under a digest of exactly what it reads; compileLexicon then only gives the words their ids. With
// the frames' parsedSets, compiling mess-quebec's rules went from 1.9 to 0.6 s of CPU once cached.
import { createHash } from 'node:crypto';
import type { Lang } from '../policy/types.js';
import type { EntryPosition, LexiconEntry } from './lexiconFile.js';
import { parsePhrase } from './parsePhrase.js';
import { normalize } from './normalize.js';
import { diskCache } from '../diskCache.js';

/** One position of a phrase, its words folded: `single` in the order written (duplicates kept, as they get ids in
 *  that order), `fuzzy` the single words that also match with a vowel left out, `multi` the several-word ones. */
export type FoldedNode = { kind: 'gap'; max: number } | { kind: 'words'; optional: boolean; single: string[]; fuzzy: string[]; multi: string[][] };

export interface FoldedEntry {
  /** The term or phrase as written, trimmed. */
  written: string;
  nodes: FoldedNode[];
  /** Every folded word of the entry (what a negation inside the match may not be). */
  lits: string[];
  unless: { sequences: string[][]; exact: string[]; prefixes: string[] };
  /** Problems that do not stop the list from loading, `file:line:col: …`. */
  warnings: string[];
}

/** What foldedEntries reads of a LexiconSource. */
export interface FoldInput {
  lang: Lang;
  list: string;
  entries: LexiconEntry[];
  classes: Record<string, string[]>;
  role?: 'targeted' | 'target';
  fuzzy?: string[];
  origin?: { path: string; at: EntryPosition };
}

function foldWord(w: string): string[] {
  return normalize(w).tokens.map((t) => t.text);
}

/**
 * The entries of `src`, folded. Throws on a phrase error or an unknown class, at the entry's `file:line:col` when
 * the file is known. From memory or the disk cache when the same entries, classes, fuzzy classes and positions
 * were folded before by this build.
 */
export function foldedEntries(src: FoldInput): FoldedEntry[] {
  const positions = src.origin ? src.entries.map((_, i) => src.origin!.at(i) ?? null) : [];
  const input = JSON.stringify([src.lang, src.list, src.role ?? '', src.entries, src.classes, src.fuzzy ?? [], src.origin?.path ?? '', positions]);
  // One kept entry per (file, language, list, role): a new version of the file replaces the old one on disk.
  const kind = `folded.${createHash('sha256')
    .update(
      `${src.origin?.path ?? ''}\n${src.lang}\n${src.list}\n${src.role ?? ''}\n${src.origin ? '' : src.entries.map((e) => e.term ?? e.phrase).join('\n')}`,
    )
    .digest('hex')
    .slice(0, 12)}`;
  return diskCache.once(kind, [input], () => src.entries.map((e, index) => foldEntry(src, e, index)));
}

function foldEntry(src: FoldInput, e: LexiconEntry, index: number): FoldedEntry {
  const written = (e.term ?? e.phrase ?? '').trim();
  const isPhrase = e.phrase !== undefined;
  // `file:line:col` of a column of the phrase when the file is known, else the entry's path in its list.
  const where = (column: number) => {
    const at = src.origin?.at(index);
    return at ? `${src.origin!.path}:${at.line}:${at.column + column}` : `${src.lang}/${src.list}.yml entries.${index}`;
  };
  const parsed = parsePhrase(written, isPhrase);
  const errors = parsed.problems.filter((p) => p.level === 'error');
  if (errors.length > 0) throw new Error(errors.map((p) => `${where(p.column)}: ${p.message}`).join('; '));
  const warnings = parsed.problems.map((p) => `${where(p.column)}: ${p.message}`);
  const lits = new Set<string>();
  const nodes: FoldedNode[] = [];
  // A term that folds to several words ("fils-de-pute", "va-t'en") is matched as a phrase of them.
  for (const node of parsed.nodes) {
    if (node.kind === 'gap') {
      nodes.push({ kind: 'gap', max: node.max });
      continue;
    }
    const expanded: string[][] = [];
    const fuzzyWords = new Set<string>();
    for (const alt of node.alternatives) {
      if (alt.kind === 'class') {
        const cls = src.classes[alt.name];
        if (!cls) throw new Error(`${where(alt.column)}: unknown class @${alt.name} (define it under classes:)`);
        for (const w of cls) {
          const f = foldWord(w);
          expanded.push(f);
          if (f.length === 1 && src.fuzzy?.includes(alt.name)) fuzzyWords.add(f[0]!);
        }
      } else {
        const words = foldWord(alt.text);
        if (alt.star && words.length > 0) words[words.length - 1] += '*';
        expanded.push(words);
      }
    }
    for (const w of expanded.flat()) lits.add(w);
    nodes.push({
      kind: 'words',
      optional: node.optional,
      single: expanded.filter((w) => w.length === 1).map((w) => w[0]!),
      fuzzy: [...fuzzyWords],
      multi: expanded.filter((w) => w.length > 1),
    });
  }
  const unlessWords = e.unless.map(foldWord);
  const folded = unlessWords.filter((w) => w.length === 1).map((w) => w[0]!);
  return {
    written,
    nodes,
    lits: [...lits],
    unless: {
      sequences: unlessWords.filter((w) => w.length > 1),
      exact: [...new Set(folded.filter((w) => !w.endsWith('*')))],
      prefixes: folded.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
    },
    warnings,
  };
}
