/** Standard streams as a parameter, so commands can be tested without a child process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The whole of standard input (for `vigie check` without TEXT). */
  readStdin(): Promise<string>;
  /** Standard input line by line (for `--jsonl`). */
  stdinLines(): AsyncIterable<string>;
  env: Record<string, string | undefined>;
  /** Standard input is a terminal: reading it waits for someone to type, so a command says it is waiting. */
  stdinIsTTY?: boolean;
}

export function realIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    async *stdinLines() {
      const { createInterface } = await import('node:readline');
      yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
    },
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}
