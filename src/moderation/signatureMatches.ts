import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `header` ("sha256=<hex>", as Meta's X-Hub-Signature-256 and Vigie's X-Vigie-Signature-256) is the
 * HMAC-SHA256 of the exact raw body with `secret`. Constant-time, so the comparison leaks nothing about the secret.
 */
export function signatureMatches(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!header || !secret) return false;
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(m[1]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The header value a sender computes: `sha256=<hex>`. */
export function signBody(rawBody: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}
