import { createInterface } from 'node:readline';
import { clearLine, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Actor, ChatSurface } from '../../src/moderation/ChatSurface.js';
import type { Context } from '../../src/moderation/Context.js';
import type { Lang } from '../../src/policy/types.js';
import { checkpost } from './commands/checkpost.js';
import { comment, load, sample } from './commands/comment.js';
import { approve, del, hide, reply } from './commands/decisions.js';
import { help } from './commands/help.js';
import { lang } from './commands/lang.js';
import { open } from './commands/open.js';
import { quit } from './commands/quit.js';
import { digest, remind } from './commands/reminders.js';
import { rules } from './commands/rules.js';
import { SAMPLES_FILE } from './readSamples.js';
import type { ShellCommand, ShellSession } from './ShellCommand.js';
import { ShellState } from './ShellState.js';
import { shellSurface } from './shellSurface.js';
import { say } from '../../src/messages/Message.js';
import { UserError } from '../../src/messages/UserError.js';

export interface ShellIo {
  input: Readable;
  output: Writable;
  lang?: Lang;
  /** Who decisions are recorded as (default: the console user). */
  actor?: Actor;
  /** The file `/sample` reads (default: samples/comments.jsonl). */
  samplesFile?: string;
}

/** The commands in the order /help lists them. */
export const COMMANDS: readonly ShellCommand[] = [
  checkpost,
  comment,
  sample,
  load,
  approve,
  hide,
  reply,
  del,
  open,
  remind,
  digest,
  rules,
  lang,
  help,
  quit,
];

/**
 * The local console, a chat surface like Slack and Teams (Hubot's shell adapter): alerts are printed with numbered
 * choices and decided by typing. Lines are handled one at a time, in order, so piped input behaves like typing.
 * `done` settles when the person quits or the input ends.
 */
export function createShell(ctx: Context, io: ShellIo): { surface: ChatSurface; done: Promise<void>; close(): void } {
  const state = new ShellState(io.output, ctx.store, io.lang ?? 'fr');
  state.policyOf = (id) => ctx.policies.get(id);
  state.now = () => ctx.now();
  const surface = shellSurface(state);
  const terminal = Boolean((io.input as { isTTY?: boolean }).isTTY && (io.output as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: io.input, output: terminal ? io.output : undefined, terminal, crlfDelay: Infinity });
  let busy = false;
  let quitting = false;
  let pending: ((answer: string) => Promise<void>) | undefined;

  const prompt = () => {
    if (!terminal || quitting) return;
    rl.setPrompt('vigie> ');
    rl.prompt(true);
  };
  state.printAsync = (text) => {
    // On a terminal, an alert arriving while someone types must not mangle their line: clear it, print, redraw.
    if (terminal && !busy) {
      clearLine(io.output, 0);
      cursorTo(io.output, 0);
    }
    state.print(text);
    if (!busy) prompt();
  };

  const session: ShellSession = {
    ctx,
    state,
    surface,
    actor: io.actor ?? { surface: 'shell', id: 'console', name: 'console' },
    samplesFile: io.samplesFile ?? SAMPLES_FILE,
    commands: COMMANDS,
    ask(question, onAnswer) {
      state.print(question);
      pending = onAnswer;
    },
    quit() {
      quitting = true;
    },
  };

  // Ctrl-C on a terminal reaches readline, not the process: treat it as /quit.
  rl.on('SIGINT', () => {
    quitting = true;
    rl.close();
  });

  const byName = new Map<string, ShellCommand>();
  for (const c of COMMANDS) for (const n of [...c.names.fr, ...c.names.en]) byName.set(n, c);

  async function handle(line: string): Promise<void> {
    const answer = pending;
    if (answer) {
      pending = undefined;
      await answer(line.trim());
      return;
    }
    const trimmed = line.trim();
    if (trimmed === '') return;
    const m = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed);
    if (!m) {
      state.print(say(state.lang, 'console.not-command'));
      return;
    }
    const name = m[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const command = byName.get(name);
    if (!command) {
      state.print(say(state.lang, 'console.unknown-command', { name: `/${m[1]}` }));
      return;
    }
    await command.run(m[2] ?? '', session);
  }

  const done = (async () => {
    state.print(say(state.lang, 'console.welcome'));
    prompt();
    for await (const line of rl) {
      busy = true;
      try {
        await handle(line);
      } catch (err) {
        // One line a person can act on, never a stack trace. A UserError has said all there is to say: logging it
        // would print it again, raw, under the explanation (issue 16 item 8). Anything else is a fault to log.
        if (err instanceof UserError) state.print(say(state.lang, 'console.failed', { reason: err.in(state.lang) }));
        else {
          state.print(say(state.lang, 'console.failed', { reason: err instanceof Error ? err.message : String(err) }));
          ctx.log.error('console command failed', { line, error: err instanceof Error ? err.message : String(err) });
        }
      } finally {
        busy = false;
      }
      if (quitting) break;
      prompt();
    }
    quitting = true;
    rl.close();
  })();

  return {
    surface,
    done,
    close() {
      quitting = true;
      rl.close();
    },
  };
}
