#!/usr/bin/env node
// `vigie <command> [...args]`: each command lives in ./commands/<name>.ts and exports `run(argv, io)`.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { realIo, type CliIo } from './io.js';

const COMMANDS: Record<string, string> = {
  check: 'check a text against a policy',
  sla: 'reply deadline and reminders for an item received at an instant',
  policies: 'list the policies',
  eval: 'score the engine on the labeled comments',
  blind: 'score the engine on a blind round (test/blind/)',
  audit: 'export the audit log (audit export)',
  policy: 'draft a policy from a netiquette (policy draft FILE)',
  rules: 'how often each rule was right, from staff decisions (rules report)',
  exceptions: "the moderators' standing exceptions (list, remove ID)",
  decisions: "the team's decisions as a labelled record for vigie blind (decisions export)",
};

export async function main(argv: string[], io: CliIo = realIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out('usage: vigie <command> [options]\n');
    for (const [cmd, what] of Object.entries(COMMANDS)) io.out(`  ${cmd.padEnd(10)} ${what}\n`);
    return name ? 0 : 2;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const file = ['.ts', '.js'].map((ext) => join(here, 'commands', name + ext)).find((f) => existsSync(f));
  if (!(name in COMMANDS) || !file) {
    io.err(`vigie: unknown command '${name}' (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  const mod = (await import(file)) as { run: (argv: string[], io: CliIo) => Promise<number> };
  return mod.run(rest, io);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`vigie: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
