import { PassThrough } from 'node:stream';
import type { Context } from '../../../src/moderation/Context.js';
import { createShell, type ShellIo } from '../../../adapters/shell/createShell.js';

/** Types `lines` into a console on `ctx`, ends the input, and returns everything it printed. */
export async function driveShell(ctx: Context, lines: string[], io: Partial<ShellIo> = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  const shell = createShell(ctx, { input, output, ...io });
  ctx.surfaces.push(shell.surface);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await shell.done;
  return printed;
}
