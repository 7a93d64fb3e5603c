import type { Writable } from 'node:stream';
import type { Policy } from '../../src/policy/schema.js';
import type { Lang } from '../../src/policy/types.js';

/**
 * What one console session remembers: its language and the short numbers people type (`/hide 3`) for item ids.
 * Numbers are given in the order items are first shown and never reused within a session.
 */
export class ShellState {
  lang: Lang;
  /** Index of the sample `/sample` without a number feeds: the one after the last fed. */
  nextSample = 0;
  /**
   * Prints what arrives outside a command (an alert from a webhook, a reminder from the scheduler). The console
   * replaces it to keep the prompt and the line being typed intact on a terminal.
   */
  printAsync: (text: string) => void = (text) => this.print(text);
  /** The loaded policy of an item, for its time zone and name (instants read as local office time). */
  policyOf: (policyId: string) => Policy | undefined = () => undefined;
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  constructor(
    private readonly output: Writable,
    lang: Lang = 'fr',
  ) {
    this.lang = lang;
  }

  numberOf(itemId: string): number {
    let n = this.numbers.get(itemId);
    if (n === undefined) {
      this.ids.push(itemId);
      n = this.ids.length;
      this.numbers.set(itemId, n);
    }
    return n;
  }

  idOf(n: number): string | undefined {
    return Number.isInteger(n) && n >= 1 ? this.ids[n - 1] : undefined;
  }

  print(text: string): void {
    if (this.output.writable) this.output.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
