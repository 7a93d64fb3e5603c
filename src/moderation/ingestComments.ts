import type { Context } from './Context.js';
import { InputError } from './InputError.js';
import type { IncomingCommentInput } from './IncomingComment.js';
import { processItem } from './processItem.js';
import { receiveComment, type Received } from './receiveComment.js';

export interface Ingested {
  received: Received[];
  /** One line per event that was refused (`index: path: reason`). */
  problems: string[];
  /** Settles when every stored item has been checked and notified (the caller has already answered). */
  processed: Promise<void>;
}

/**
 * What every comment source does on delivery: store each event (the good ones even when others are malformed),
 * then check and notify in the background, so the source gets its answer fast. A store failure is thrown:
 * the source must be told to retry, since nothing was kept.
 */
export async function ingestComments(
  ctx: Context,
  events: IncomingCommentInput[],
  label = 'comments',
  /** The intake's own rule on each event before it is stored: the event to store, or a problem (`path: reason`). */
  admit: (event: IncomingCommentInput) => IncomingCommentInput | string = (event) => event,
): Promise<Ingested> {
  const received: Received[] = [];
  const problems: string[] = [];
  for (const [i, raw] of events.entries()) {
    const event = admit(raw);
    if (typeof event === 'string') {
      problems.push(`${label}[${i}].${event}`);
      continue;
    }
    try {
      received.push(await receiveComment(ctx, event));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map((p) => `${label}[${i}].${p}`));
    }
  }
  // Redeliveries of items still `received` (the first processing failed) are worked on again too.
  const pending = [...new Set(received.filter((r) => r.item.status === 'received' && !r.ignored).map((r) => r.item.id))];
  const processed = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    for (const id of pending) {
      try {
        await processItem(ctx, id);
      } catch (err) {
        // Left `received`: recoverPending picks it up at the next start-up, or a redelivery does sooner.
        ctx.log.error('processing a comment failed; it stays pending', { itemId: id, error: err instanceof Error ? err.message : String(err) });
      }
    }
  });
  return { received, problems, processed };
}
