import type { Lang } from '../policy/types.js';
import { render, type Message } from './Message.js';

/**
 * A failure the person who asked can understand and act on (a bad option, a missing value): the surface shows it
 * in the reader's language and logs nothing, since the person has been told (issue 16 item 8). Anything else that
 * is thrown is a fault, shown briefly and logged for the operator.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(readonly said: Message) {
    super(render(said, 'en'));
  }
  in(lang: Lang): string {
    return render(this.said, lang);
  }
}
