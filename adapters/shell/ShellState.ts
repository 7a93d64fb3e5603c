import type { Writable } from 'node:stream';
import type { Item } from '../../src/moderation/Item.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Lang } from '../../src/policy/types.js';
import type { Store } from '../../src/store/Store.js';
import type { ConsoleLook } from './render.js';

/**
 * What one console session remembers: its language, and where the short numbers people type (`/hide 3`) come from.
 * The numbers are the store's, not the session's: the « n° 5 » read before a restart, or on Slack or Teams, or
 * from another replica, is still « n° 5 » here, so `/masquer 5` acts on the comment that was read.
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
  /** The reader's present (the core's clock): a date in another year than this one is written with its year. */
  now: () => Date = () => new Date();

  constructor(
    private readonly output: Writable,
    private readonly numbers: Pick<Store, 'itemNumber' | 'itemWithNumber'>,
    lang: Lang = 'fr',
  ) {
    this.lang = lang;
  }

  /** The item's number: the one it carries, else the store's (an item from before numbers were kept). */
  async numberOf(item: Pick<Item, 'id' | 'number'>): Promise<number> {
    return item.number ?? this.numbers.itemNumber(item.id);
  }

  async idOf(n: number): Promise<string | undefined> {
    return Number.isSafeInteger(n) && n >= 1 ? this.numbers.itemWithNumber(n) : undefined;
  }

  /** How an item of `policyId` is shown now: the console's language, the policy's zone and language, the present. */
  look(policyId: string | undefined): ConsoleLook {
    const policy = policyId === undefined ? undefined : this.policyOf(policyId);
    return { lang: this.lang, ...(policy ? { policy } : {}), now: this.now() };
  }

  print(text: string): void {
    if (this.output.writable) this.output.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
