import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { signatureMatches } from '../../src/moderation/signatureMatches.js';

/** A refusal the sender can act on: a code, one sentence, and every problem when there are several. */
export const fail = (res: Response, status: number, error: string, message: string, problems?: string[]) =>
  void res.status(status).json({ error, message, ...(problems ? { problems } : {}) });

/** The body as bytes, up to 1 MB: the signature is over the exact bytes, so nothing may parse it first. */
export const rawBody: RequestHandler = express.raw({ type: () => true, limit: '1mb' });

export interface SignedJsonOptions {
  /** The shared secret; unset refuses every delivery with `notConfigured`. */
  secret: string | undefined;
  /** The header carrying `sha256=<hex>`. */
  header: string;
  notConfigured: string;
  /** Said when the header is absent or empty: not the same fix as a signature that does not match. */
  missingSignature: string;
  badSignature: string;
  onBadSignature?: () => void;
}

/**
 * The JSON of a signed webhook delivery read with `rawBody`, or undefined once the request has been answered:
 * 401 without a secret, without a signature (`missing_signature`) or with one that does not match (`bad_signature`),
 * 400 for a body that is not JSON.
 */
export function readSignedJson(req: Request, res: Response, opts: SignedJsonOptions): { json: unknown } | undefined {
  if (!opts.secret) return void fail(res, 401, 'not_configured', opts.notConfigured);
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const signature = req.get(opts.header);
  if (!signature?.trim()) {
    opts.onBadSignature?.();
    return void fail(res, 401, 'missing_signature', opts.missingSignature);
  }
  if (!signatureMatches(raw, signature, opts.secret)) {
    opts.onBadSignature?.();
    return void fail(res, 401, 'bad_signature', opts.badSignature);
  }
  try {
    return { json: JSON.parse(raw.toString('utf8')) };
  } catch {
    return void fail(res, 400, 'invalid_json', 'the body is not JSON');
  }
}

/** Body too large or unreadable: the caller's fault, said plainly; anything else goes on to express. */
export const clientErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const status = Number((err as { status?: unknown }).status);
  if (res.headersSent || !(status >= 400 && status < 500)) return next(err);
  fail(res, status, 'bad_request', err instanceof Error ? err.message : 'bad request');
};
