import express, { type Request, type Response } from 'express';
import type { Context } from '../../src/moderation/Context.js';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import { ingestComments } from '../../src/moderation/ingestComments.js';
import { clientErrors, fail, rawBody, readSignedJson } from './signedJson.js';

export interface CommentsWebhookConfig {
  /** $VIGIE_WEBHOOK_SECRET: the sender signs each body with it (X-Vigie-Signature-256: sha256=<hex>). */
  secret?: string;
  /** Called with the background processing of each delivery (tests wait on it). */
  onProcessed?: (done: Promise<void>) => void;
}

/**
 * Sources that reach Vigie through their own authenticated intake and that Vigie acts on (or owns): the generic
 * webhook must not speak for them. With one shared secret, a sender could otherwise edit a real Facebook comment's
 * text or have any Graph object deleted with the Page token after one click.
 */
export const RESERVED_SOURCES: Record<string, string> = {
  facebook: "comes only through Meta's signed webhook (/webhooks/facebook)",
  console: 'is the local console',
};

/** Every item of this webhook lives under its own namespace: `webhook-<source>:<externalId>`. */
export const WEBHOOK_SOURCE_PREFIX = 'webhook-';

/**
 * `POST /webhooks/comments`: comments from any other source (X, LinkedIn, Flickr, a website), one object or
 * `{ "comments": [...] }`, in the shape documented in docs/webhooks.md. Same guarantees as the Facebook webhook:
 * signed, validated, stored before the 200, processed after it. Its items are recorded and alerted only: no
 * decision on them reaches a platform (see RESERVED_SOURCES and main's platformFor).
 */
export function commentsRouter(ctx: Context, cfg: CommentsWebhookConfig): express.Router {
  const router = express.Router();
  router.post('/', rawBody, async (req: Request, res: Response) => {
    const body = readSignedJson(req, res, {
      secret: cfg.secret,
      header: 'x-vigie-signature-256',
      notConfigured: 'VIGIE_WEBHOOK_SECRET is not set: deliveries cannot be verified and are refused',
      missingSignature: 'X-Vigie-Signature-256 is missing: sign the raw body, sha256=<hex HMAC-SHA256 with VIGIE_WEBHOOK_SECRET>',
      badSignature: 'X-Vigie-Signature-256 must be sha256=<hex HMAC-SHA256 of the raw body with VIGIE_WEBHOOK_SECRET>',
    });
    if (!body) return;
    const json = body.json;
    const batch = json !== null && typeof json === 'object' && 'comments' in json;
    const list = batch ? (json as { comments: unknown }).comments : [json];
    if (!Array.isArray(list) || list.length === 0 || list.length > 500) {
      return fail(res, 400, 'invalid_payload', 'comments: must be a list of 1 to 500 comments');
    }
    let ingested;
    try {
      ingested = await ingestComments(ctx, list as IncomingCommentInput[], batch ? 'comments' : 'comment', ownNamespace);
    } catch (err) {
      ctx.log.error('comments webhook: store failed', { error: err instanceof Error ? err.message : String(err) });
      return fail(res, 503, 'store_unavailable', 'the comments could not be stored; retry later');
    }
    cfg.onProcessed?.(ingested.processed);
    const items = ingested.received.map((r) => ({ id: r.item.id, status: r.item.status, duplicate: r.duplicate }));
    if (ingested.problems.length > 0) {
      return void res.status(400).json({
        error: 'invalid_payload',
        message: ingested.problems[0],
        problems: ingested.problems,
        // The valid ones were kept: a sender that retries the whole batch gets them back as duplicates.
        stored: items,
      });
    }
    res.status(200).json({ stored: items });
  });
  router.use(clientErrors);
  return router;
}

function ownNamespace(event: IncomingCommentInput): IncomingCommentInput | string {
  if (!event || typeof event !== 'object' || typeof event.source !== 'string') return event; // the schema says what is wrong
  const why = Object.hasOwn(RESERVED_SOURCES, event.source) ? RESERVED_SOURCES[event.source] : undefined;
  if (why) return `source: '${event.source}' ${why}; this webhook cannot speak for it`;
  if (event.source.length > 32) return 'source: at most 32 characters';
  return { ...event, source: `${WEBHOOK_SOURCE_PREFIX}${event.source}` };
}
