import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { issueLines } from '../../src/issueLines.js';
import { projectPath } from '../../src/projectPath.js';

/** One sample public comment to feed through the pipeline from the console. */
export interface Sample {
  text: string;
  author?: string;
  /** Policy the sample was written for; the console routes it to that policy's page. */
  policy?: string;
  page?: string;
  id?: string;
}

/** The samples shipped with Vigie (written from the seeds' situations). */
export const SAMPLES_FILE = projectPath('samples/comments.jsonl');

const sampleSchema = z.object({
  text: z.string().trim().min(1, 'needs a non-empty "text"'),
  author: z.string().trim().min(1).optional(),
  policy: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a policy id such as mess-quebec')
    .optional(),
  page: z.string().trim().min(1).optional(),
  id: z.string().trim().min(1).optional(),
});

/** A line of the file that holds a comment, or why it holds none; `line` counts from 1, as an editor does. */
export type SampleLine = { line: number; sample: Sample } | { line: number; reason: string };

/**
 * Reads a file of comments: JSONL (`{"text": ..., "author"?, "policy"?, "page"?}` a line) or plain text, one
 * comment a line. Blank lines and `#` comments are skipped; a bad line is reported with its number, the rest read.
 * `lines` keeps the file's order, good and bad together, for whoever reports line by line.
 */
export async function readSamples(file: string): Promise<{ samples: Sample[]; problems: { line: number; reason: string }[]; lines: SampleLine[] }> {
  const source = await readFile(file, 'utf8');
  const lines: SampleLine[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith('{')) {
      lines.push({ line: i + 1, sample: { text: line } });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      lines.push({ line: i + 1, reason: 'not valid JSON' });
      return;
    }
    const parsed = sampleSchema.safeParse(json);
    if (parsed.success) lines.push({ line: i + 1, sample: parsed.data });
    else lines.push({ line: i + 1, reason: issueLines(parsed.error, 'line').join('; ') });
  });
  const samples = lines.flatMap((l) => ('sample' in l ? [l.sample] : []));
  const problems = lines.flatMap((l) => ('reason' in l ? [l] : []));
  return { samples, problems, lines };
}
