import express, { type Request, type Response } from 'express';
import type { Context } from '../../src/moderation/Context.js';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import { ingestComments } from '../../src/moderation/ingestComments.js';
import { clientErrors, fail, rawBody, readSignedJson } from './signedJson.js';

/** What one reader made of a Meta delivery: the envelope is not its shape (`invalid`), or comments to ingest. */
export type MetaRead = { invalid: string[] } | MetaTaken;
export interface MetaTaken {
  comments: IncomingCommentInput[];
  /** One line per malformed event (`entry[0].changes[1].value.x: reason`); the others are still taken. */
  problems: string[];
  /** Store work before the comments (page posts, conversation threads): a failure answers 503 so Meta retries.
   *  Returns more comments that needed the store to be known (a Page's answer in a conversation). */
  store?: () => Promise<IncomingCommentInput[]>;
}

/** A reader of one Meta webhook `object` (`page`, `instagram`): several may read the same delivery (feed, messaging). */
export interface MetaObject {
  readonly object: string;
  read(body: unknown): MetaRead;
}

export interface MetaWebhookConfig {
  /** $FACEBOOK_APP_SECRET: signs every delivery (X-Hub-Signature-256). */
  appSecret?: string;
  /** $FACEBOOK_VERIFY_TOKEN: the token typed in the app's webhook settings, echoed back at subscription. */
  verifyToken?: string;
  /** Called with the background processing of each delivery (tests wait on it; production ignores it). */
  onProcessed?: (done: Promise<void>) => void;
}

/**
 * `GET|POST` of a Meta webhook callback (one app, one secret, several objects): the subscription handshake, and
 * deliveries dispatched on their `object` to its readers. Transport only: verify the signature over the raw body,
 * validate, store (200 only once stored, 503 so Meta retries when the store fails), then let the pipeline check
 * and notify after the answer. A delivery whose object has no reader is judged by the first reader's shape, so the
 * sender is told which object this callback takes.
 */
export function metaRouter(ctx: Context, cfg: MetaWebhookConfig, readers: readonly MetaObject[], label: string): express.Router {
  const router = express.Router();

  router.get('/', (req: Request, res: Response) => {
    const q = req.query as Record<string, unknown>;
    if (!cfg.verifyToken) {
      return fail(res, 403, 'not_configured', 'FACEBOOK_VERIFY_TOKEN is not set: the subscription cannot be verified');
    }
    if (q['hub.mode'] !== 'subscribe' || typeof q['hub.challenge'] !== 'string') {
      return fail(res, 400, 'bad_request', 'expected hub.mode=subscribe, hub.verify_token and hub.challenge');
    }
    if (q['hub.verify_token'] !== cfg.verifyToken) {
      return fail(res, 403, 'bad_verify_token', 'hub.verify_token does not match FACEBOOK_VERIFY_TOKEN');
    }
    res.status(200).type('text/plain').send(q['hub.challenge']);
  });

  router.post('/', rawBody, async (req: Request, res: Response) => {
    const body = readSignedJson(req, res, {
      secret: cfg.appSecret,
      header: 'x-hub-signature-256',
      notConfigured: 'FACEBOOK_APP_SECRET is not set: deliveries cannot be verified and are refused',
      missingSignature:
        'X-Hub-Signature-256 is missing: Meta signs every delivery, so this request did not come from Meta (or a proxy removed the header)',
      badSignature: 'X-Hub-Signature-256 does not match the body signed with FACEBOOK_APP_SECRET',
      onBadSignature: () => ctx.log.warn(`${label} webhook: bad signature`, { present: Boolean(req.get('x-hub-signature-256')) }),
    });
    if (!body) return;
    const object = (body.json as { object?: unknown } | null)?.object;
    const mine = readers.filter((r) => r.object === object);
    const reads = (mine.length > 0 ? mine : readers.slice(0, 1)).map((r) => r.read(body.json));
    const invalid = [...new Set(reads.flatMap((r) => ('invalid' in r ? r.invalid : [])))];
    if (invalid.length > 0) return fail(res, 400, 'invalid_payload', invalid[0]!, invalid);
    const taken = reads.filter((r): r is MetaTaken => !('invalid' in r));
    let ingested;
    try {
      const comments: IncomingCommentInput[] = [];
      for (const r of taken) comments.push(...r.comments, ...((await r.store?.()) ?? []));
      ingested = await ingestComments(ctx, comments, 'comments');
    } catch (err) {
      ctx.log.error(`${label} webhook: store failed, Meta will redeliver`, { error: err instanceof Error ? err.message : String(err) });
      return fail(res, 503, 'store_unavailable', 'the comments could not be stored; retry later');
    }
    cfg.onProcessed?.(ingested.processed);
    const all = [...taken.flatMap((r) => r.problems), ...ingested.problems];
    if (all.length > 0) return fail(res, 400, 'invalid_payload', all[0]!, all);
    res.status(200).json({
      received: ingested.received.filter((r) => !r.duplicate && !r.ignored).length,
      duplicates: ingested.received.filter((r) => r.duplicate).length,
    });
  });

  router.use(clientErrors);
  return router;
}
