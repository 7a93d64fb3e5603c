import { message } from '../../src/messages/Message.js';
import { UserError } from '../../src/messages/UserError.js';

/**
 * Splits leading `--name value` / `--flag` options off a command line; the rest is free text kept as typed.
 * Values may be quoted ("Jean Tremblay"). Throws a UserError on an unknown option or a missing value.
 */
export function takeOptions(line: string, spec: Record<string, 'flag' | 'value'>): { options: Record<string, string | true>; rest: string } {
  const options: Record<string, string | true> = {};
  let rest = line.trimStart();
  for (;;) {
    const m = /^--([a-z][a-z-]*)(?=\s|$)\s*/i.exec(rest);
    if (!m) break;
    const name = m[1]!.toLowerCase();
    const kind = spec[name];
    if (!kind) {
      const known = Object.keys(spec)
        .map((k) => `--${k}`)
        .join(', ');
      throw new UserError(message('option.unknown', { name, known }));
    }
    rest = rest.slice(m[0].length);
    if (kind === 'flag') {
      options[name] = true;
      continue;
    }
    const v = /^"([^"]*)"\s*|^'([^']*)'\s*|^(\S+)\s*/.exec(rest);
    if (!v || (v[3] ?? '').startsWith('--')) throw new UserError(message('option.needs-value', { name }));
    options[name] = v[1] ?? v[2] ?? v[3]!;
    rest = rest.slice(v[0].length);
  }
  return { options, rest: rest.trim() };
}
