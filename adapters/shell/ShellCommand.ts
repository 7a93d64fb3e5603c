import type { Actor, ChatSurface } from '../../src/moderation/ChatSurface.js';
import type { Context } from '../../src/moderation/Context.js';
import type { Bilingual } from '../../src/policy/types.js';
import type { ConsoleHelpCode } from '../../src/messages/consoleWords.js';
import type { ShellState } from './ShellState.js';

/** What a console command can use: the core's context, the session, and the person at the keyboard. */
export interface ShellSession {
  ctx: Context;
  state: ShellState;
  surface: ChatSurface;
  /** The person at the keyboard, as decisions record them. */
  actor: Actor;
  /** The file `/sample` reads. */
  samplesFile: string;
  /** The next line typed goes to `onAnswer` instead of being run as a command (confirmations). */
  ask(question: string, onAnswer: (answer: string) => Promise<void>): void;
  /** Ends the console after this command. */
  quit(): void;
  /** Every command, for /help. */
  commands: readonly ShellCommand[];
}

/** One console command: its names (French and English), usage, and what it does. */
export interface ShellCommand {
  /** Names without the slash; the first French and the first English one are shown in help. */
  names: { fr: string[]; en: string[] };
  /** The syntax to type, in each language's command names. */
  usage: Bilingual;
  /** What it does, for /aide: a catalogue code. */
  summary: ConsoleHelpCode;
  run(args: string, session: ShellSession): Promise<void>;
}
