import express, { type Request, type Response } from 'express';
import type { Context } from '../../src/moderation/Context.js';
import { ingestComments } from '../../src/moderation/ingestComments.js';
import { clientErrors, fail, rawBody, readSignedJson } from '../webhooks/signedJson.js';
import { feedComments, pageWebhookSchema } from './feedPayload.js';
import { recordPagePost } from '../../src/moderation/pagePosts.js';
import { issueLines } from '../../src/issueLines.js';

export interface FacebookWebhookConfig {
  /** $FACEBOOK_APP_SECRET: signs every delivery (X-Hub-Signature-256). */
  appSecret?: string;
  /** $FACEBOOK_VERIFY_TOKEN: the token typed in the app's webhook settings, echoed back at subscription. */
  verifyToken?: string;
  /** Called with the background processing of each delivery (tests wait on it; production ignores it). */
  onProcessed?: (done: Promise<void>) => void;
}

/**
 * `GET|POST /webhooks/facebook`: Meta's subscription handshake and the Page `feed` deliveries. Transport only:
 * verify the signature over the raw body, validate, store (200 only once stored, 503 so Meta retries when the
 * store fails), then let the pipeline check and notify after the answer.
 */
export function facebookRouter(ctx: Context, cfg: FacebookWebhookConfig): express.Router {
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
      missingSignature: 'X-Hub-Signature-256 is missing: Meta signs every delivery, so this request did not come from Meta (or a proxy removed the header)',
      badSignature: 'X-Hub-Signature-256 does not match the body signed with FACEBOOK_APP_SECRET',
      onBadSignature: () => ctx.log.warn('facebook webhook: bad signature', { present: Boolean(req.get('x-hub-signature-256')) }),
    });
    if (!body) return;
    const envelope = pageWebhookSchema.safeParse(body.json);
    if (!envelope.success) {
      const problems = issueLines(envelope.error, '(body)');
      return fail(res, 400, 'invalid_payload', problems[0]!, problems);
    }
    const { comments, pagePosts, problems } = feedComments(envelope.data);
    let ingested;
    try {
      for (const post of pagePosts) await recordPagePost(ctx, post);
      ingested = await ingestComments(ctx, comments, 'comments');
    } catch (err) {
      ctx.log.error('facebook webhook: store failed, Meta will redeliver', { error: err instanceof Error ? err.message : String(err) });
      return fail(res, 503, 'store_unavailable', 'the comments could not be stored; retry later');
    }
    cfg.onProcessed?.(ingested.processed);
    const all = [...problems, ...ingested.problems];
    if (all.length > 0) return fail(res, 400, 'invalid_payload', all[0]!, all);
    res.status(200).json({
      received: ingested.received.filter((r) => !r.duplicate && !r.ignored).length,
      duplicates: ingested.received.filter((r) => r.duplicate).length,
    });
  });

  router.use(clientErrors);
  return router;
}
