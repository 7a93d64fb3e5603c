// The frame file format (policies/lexicons/<lang>/frames/<list>.yml and the shared frames/sets.yml), documented
// in policies/lexicons/README.md ("Frames"). A frame is a small grammar: word sets that must meet inside one
// sentence (a group × a pejorative, a weapon × a target × an intent), each set an open list of words matched by
// lemma. Errors name the file, line and column, as a compiler's do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LineCounter, parseDocument as ParseDocument } from 'yaml';
import { lazyYaml } from '../../lazyYaml.js';
import { z } from 'zod';
import { diskCache } from '../../diskCache.js';

const setName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a set name: lowercase letters, digits and _');

export const frameSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a frame id: lowercase letters, digits and -'),
    /** Sets whose words must all appear in one sentence, in this order unless `anyOrder`. */
    sets: z.array(setName).min(1),
    anyOrder: z.boolean().default(false),
    /** At most this many words from the first set's (last) word to the last set's word. */
    within: z.number().int().min(0).max(60).default(8),
    /**
     * `sentence` (default): the sets must meet inside one sentence, or `sentences` consecutive ones. `text`:
     * anywhere in the text, for what is said over several short sentences (« Julie, journaliste à Radio-Canada.
     * J'aimerais parler au maire. »), with `within` up to 60 words.
     */
    scope: z.enum(['sentence', 'text']).default('sentence'),
    /**
     * How many consecutive sentences the frame may span (default 1). A comment often names the group in one
     * sentence and passes its verdict in the next, a fragment (« Les « réfugiés » arrivés en iPhone. Des
     * parasites, rien d'autre. »); `within` still bounds the words from the first set's word to the last's.
     */
    sentences: z.number().int().min(1).max(3).default(1),
    severity: z.enum(['low', 'medium', 'high']).default('high'),
    action: z.enum(['hide', 'review']).optional(),
    /** A negation inside the frame (or just before it) cancels it; default yes. */
    negatable: z.boolean().default(true),
    /**
     * The frame's words must be the whole text, emoji aside: a one-word reply (« Clowns. », 🤡🤡🤡) insults where
     * the same word inside a sentence (« les clowns du festival ») names the thing.
     */
    alone: z.boolean().default(false),
    /** A word of any of these sets anywhere in the sentence cancels the frame (homonyms, counter-speech). */
    unless: z.array(setName).default([]),
    notes: z.string().optional(),
  })
  .strict()
  .refine((f) => f.scope === 'text' || f.within <= 20, {
    message: 'within: at most 20 words inside a sentence (scope: text allows up to 60)',
    path: ['within'],
  });
export type Frame = z.infer<typeof frameSchema>;

export const frameFileSchema = z
  .object({
    source: z.string().min(1, 'say where the words come from'),
    licence: z.string().min(1, 'give the licence of the source'),
    notes: z.string().optional(),
    /**
     * Word sets. An entry is one or more words separated by spaces; each word matches by lemma (`voleur` also
     * matches `voleurs`, `steal` matches `stealing`), `=word` only as written, `word*` any word that starts so;
     * an emoji matches itself, and so does `(((`, the antisemitic "echo" around a name.
     */
    sets: z.record(setName, z.array(z.string().min(1))).default({}),
    frames: z.array(frameSchema).default([]),
    /** Endings that make a word's inflected forms, so that one entry covers them (shared sets.yml only). */
    inflect: z.array(z.object({ from: z.string(), to: z.array(z.string()).min(1) }).strict()).default([]),
  })
  .strict();
export type FrameFile = z.infer<typeof frameFileSchema>;

export type FrameLoad = { ok: true; file: FrameFile } | { ok: false; errors: string[] };

/** `file:line:column` of the YAML node at `path`, or of the file when the path is not in it. */
function where(path: string, doc: ReturnType<typeof ParseDocument>, lines: LineCounter, at: (string | number)[]): string {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true);
    if (lazyYaml().isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return `${path}:${line}:${col}`;
    }
  }
  return path;
}

/** Reads and validates one frame file; a file that loaded before with these bytes (and this build) comes from the
 *  disk cache, as lexicon files do: the shipped frame files' YAML was the dearest part of compiling the lexicons. */
export function loadFrameFile(path: string): FrameLoad {
  let src: string;
  try {
    src = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`${path}: cannot read (${(err as Error).message})`] };
  }
  const key = diskCache.key(`frames.${createHash('sha256').update(path).digest('hex').slice(0, 12)}`, [path, src]);
  const cached = diskCache.read<FrameFile>(key);
  // A file of the cache that is JSON but not this shape (corrupt, edited) is ignored and written again.
  if (cached && Array.isArray(cached.frames) && cached.sets !== null && typeof cached.sets === 'object') return { ok: true, file: cached };
  const r = parseFrameFile(path, src);
  if (r.ok) diskCache.write(key, r.file);
  return r;
}

function parseFrameFile(path: string, src: string): FrameLoad {
  const lines = new (lazyYaml().LineCounter)();
  const doc = lazyYaml().parseDocument(src, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return `${path}:${line}:${col}: ${e.message.split('\n')[0]}`;
      }),
    };
  }
  const parsed = frameFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${where(path, doc, lines, i.path as (string | number)[])}: ${i.path.join('.') || '(top)'}: ${i.message}`,
      ),
    };
  }
  return { ok: true, file: parsed.data };
}

/** Where a set entry or frame sits in its file, for compile errors (a set that does not exist, a bad word). */
export function locate(path: string, at: (string | number)[]): string {
  const lines = new (lazyYaml().LineCounter)();
  const doc = lazyYaml().parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  return where(path, doc, lines, at);
}
