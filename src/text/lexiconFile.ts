// The lexicon file format (policies/lexicons/<lang>/<list>.yml), documented in policies/lexicons/README.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { parseDocument as ParseDocument } from 'yaml';
import { lazyYaml } from '../lazyYaml.js';
import { z } from 'zod';
import { issueLines } from '../issueLines.js';
import { diskCache } from '../diskCache.js';

const wordList = z.array(z.string().min(1)).default([]);

export const lexiconEntrySchema = z
  .object({
    /** One word; `*` at the end matches any ending (`encul*`). */
    term: z.string().min(1).optional(),
    /** Several words: `a|b` alternatives, `[a|b]` optional word, `...` up to 3 words, `@class`, `word*`. */
    phrase: z.string().min(1).optional(),
    severity: z.enum(['low', 'medium', 'high']).default('medium'),
    /** Overrides the rule's action for this entry (a mild word may only ask for review). */
    action: z.enum(['hide', 'review']).optional(),
    /** Only counts in a text detected as this list's language (a word that is harmless in the other one). */
    strict: z.boolean().default(false),
    /** Words whose presence anywhere in the text makes this entry harmless (homonyms: "bitch" + "vet"). */
    unless: wordList,
    /** A negation just before (or inside) the match cancels it; default: yes for phrases, no for terms. */
    negatable: z.boolean().optional(),
    /** Plural endings -s/-x allowed after a term (default yes). */
    plural: z.boolean().default(true),
    notes: z.string().optional(),
  })
  .strict()
  .refine((e) => (e.term === undefined) !== (e.phrase === undefined), {
    message: 'each entry needs exactly one of `term` (one word) or `phrase` (several words)',
  })
  .refine((e) => e.term === undefined || !/\s/.test(e.term.trim()), {
    message: '`term` is one word; use `phrase` for several words',
  });
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

export const lexiconFileSchema = z
  .object({
    /** Where the words come from (a person, a word list and its URL). */
    source: z.string().min(1, 'say where the words come from'),
    licence: z.string().min(1, 'give the licence of the source'),
    notes: z.string().optional(),
    /** Named word sets that phrases use as `@name` (e.g. protected groups). */
    classes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.string().min(1))).default({}),
    /** Class names whose words also match with one vowel left out (group names people misspell: womn, trns). */
    fuzzy: z.array(z.string().min(1)).default([]),
    entries: z.array(lexiconEntrySchema).default([]),
    /**
     * Entries of other lists of the same language that also count for this one when their sentence names a
     * word of `class` (abuse or a threat aimed at a protected group is hate).
     */
    targeted: z
      .object({ lists: z.array(z.string().min(1)).min(1), class: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** Where the first character of entry `index`'s term or phrase is in the file (1-based line and column). */
export type EntryPosition = (index: number) => { line: number; column: number } | undefined;

export type LoadResult = { ok: true; file: LexiconFile; at: EntryPosition } | { ok: false; errors: string[] };

type Cached = { file: LexiconFile; positions: ({ line: number; column: number } | null)[] };

/**
 * Reads and validates one lexicon file; every problem is returned as `file: path: message`. A file that loaded
 * before with these very bytes (and this build) comes from the disk cache: parsing YAML and validating it was
 * about a third of a `vigie check`'s start (0.5 s of CPU for the shipped lexicons on this machine).
 */
export function loadLexiconFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`${path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`] };
  }
  const key = diskCache.key(`lexicon.${createHash('sha256').update(path).digest('hex').slice(0, 12)}`, [path, text]);
  const cached = diskCache.read<Cached>(key);
  // A file of the cache that is JSON but not this shape (corrupt, edited) is ignored and written again.
  if (cached && Array.isArray(cached.file?.entries) && Array.isArray(cached.positions)) {
    return { ok: true, file: cached.file, at: (index) => cached.positions[index] ?? undefined };
  }
  const r = parseLexiconFile(path, text);
  if (r.ok) diskCache.write(key, { file: r.file, positions: r.file.entries.map((_, i) => r.at(i) ?? null) } satisfies Cached);
  return r;
}

function parseLexiconFile(path: string, text: string): LoadResult {
  let raw: unknown;
  const lines = new (lazyYaml().LineCounter)();
  let doc: ReturnType<typeof ParseDocument>;
  try {
    doc = lazyYaml().parseDocument(text, { lineCounter: lines });
    if (doc.errors[0]) throw doc.errors[0];
    raw = doc.toJS();
  } catch (err) {
    return { ok: false, errors: [`${path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`] };
  }
  const parsed = lexiconFileSchema.safeParse(raw);
  if (parsed.success) {
    const at: EntryPosition = (index) => {
      const node = doc.getIn(['entries', index, 'phrase'], true) ?? doc.getIn(['entries', index, 'term'], true);
      if (!lazyYaml().isScalar(node) || !node.range) return undefined;
      // A quoted value starts one character after its quote.
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      const { line, col } = lines.linePos(node.range[0] + quoted);
      return { line, column: col };
    };
    return { ok: true, file: parsed.data, at };
  }
  return {
    ok: false,
    errors: issueLines(parsed.error, '(top)').map((line) => `${path}: ${line}`),
  };
}
