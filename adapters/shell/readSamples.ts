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
  policy: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a policy id such as mess-quebec').optional(),
  page: z.string().trim().min(1).optional(),
  id: z.string().trim().min(1).optional(),
});

/**
 * Reads a file of comments: JSONL (`{"text": ..., "author"?, "policy"?, "page"?}` a line) or plain text, one
 * comment a line. Blank lines and `#` comments are skipped; a bad line is reported with its number, the rest read.
 */
export async function readSamples(file: string): Promise<{ samples: Sample[]; problems: { line: number; reason: string }[] }> {
  const source = await readFile(file, 'utf8');
  const samples: Sample[] = [];
  const problems: { line: number; reason: string }[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith('{')) {
      samples.push({ text: line });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push({ line: i + 1, reason: 'not valid JSON' });
      return;
    }
    const parsed = sampleSchema.safeParse(json);
    if (parsed.success) samples.push(parsed.data);
    else problems.push({ line: i + 1, reason: issueLines(parsed.error, 'line').join('; ') });
  });
  return { samples, problems };
}
