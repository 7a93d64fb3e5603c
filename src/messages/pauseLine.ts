import type { SourcePause } from '../moderation/sourcePauses.js';
import type { Lang } from '../policy/types.js';
import { say } from './Message.js';
import { sourceName } from './sourceName.js';

/** The digest's sentence for a polling pause, with its instants written by the surface (`when`). */
export function pauseLine(pause: SourcePause, lang: Lang, when: (iso: string) => string): string {
  return say(lang, 'digest.source-paused', {
    source: sourceName(pause.source),
    account: pause.accountName ?? pause.account,
    from: when(pause.from),
    until: when(pause.until),
  });
}
