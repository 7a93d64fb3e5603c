import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { draftPolicy, type Draft } from '../../src/policy/draft/draftPolicy.js';
import { flat, formatOf } from '../../src/policy/draft/plainText.js';
import type { Category } from '../../src/policy/types.js';
import { projectPath } from '../../src/projectPath.js';

export const DOCUMENTS = projectPath('test/drafting/documents/');

export interface Label {
  categories: Category[];
  hours?: Record<string, [string, string][]>;
  holidays?: boolean;
  replyDays?: number;
}
export const labels = parse(readFileSync(join(DOCUMENTS, 'labels.yml'), 'utf8')) as {
  heldOut: Record<string, Label>;
  development: Record<string, Label>;
};

/** The document's file (any extension) for a label's name. */
export function documentFile(name: string): string {
  for (const ext of ['txt', 'md', 'html']) {
    const f = join(DOCUMENTS, `${name}.${ext}`);
    try {
      readFileSync(f);
      return f;
    } catch {
      // next extension
    }
  }
  throw new Error(`no document for ${name}`);
}

export function draftOf(
  file: string,
  id = basename(file)
    .replace(/\.[^.]+$/, '')
    .replace(/_/g, '-')
    .toLowerCase(),
): Draft {
  return draftPolicy({ source: readFileSync(file, 'utf8'), format: formatOf(file), id, fileName: basename(file) });
}

/** The pieces of a quote between its « [...] », each of which must be a run of the document's text. */
export function notVerbatim(clause: string, plain: string): string[] {
  const text = flat(plain);
  return clause.split(' [...] ').filter((piece) => !text.includes(flat(piece)));
}

export interface Score {
  found: Category[];
  labelled: Category[];
  tp: number;
  fp: Category[];
  fn: Category[];
}
export function score(draft: Draft, label: Label): Score {
  const found = draft.categories;
  const labelled = label.categories;
  return {
    found,
    labelled,
    tp: found.filter((c) => labelled.includes(c)).length,
    fp: found.filter((c) => !labelled.includes(c)),
    fn: labelled.filter((c) => !found.includes(c)),
  };
}
