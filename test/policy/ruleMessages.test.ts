import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The rule messages as the policy files write them, read without compiling the lexicons: a wording check.
const dir = new URL('../../policies/', import.meta.url);
const messages = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .flatMap((f) =>
    (parse(readFileSync(new URL(f, dir), 'utf8')).rules as { id: string; message: { fr: string; en: string } }[]).map(
      (r) => [`${f.replace('.yml', '')}/${r.id}`, r.message] as const,
    ),
  );

describe('rule messages read well whatever {detail} is (issue 16 item 9)', () => {
  it.each(messages)('%s', (_id, message) => {
    // The language rule's detail is "English" or "French": "without a English version" must not happen.
    for (const detail of ['English', 'French']) {
      expect(message.en.replaceAll('{detail}', detail)).not.toMatch(/\ba (English|French)\b/);
    }
    // English messages carry no French typography (a space before the colon).
    expect(message.en).not.toMatch(/ :/);
  });
});
