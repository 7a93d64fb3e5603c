import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records what a command writes and feeds it a given standard input. */
export function fakeIo(stdin = '', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readStdin: async () => stdin,
    async *stdinLines() {
      const lines = stdin.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      yield* lines;
    },
    env,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
