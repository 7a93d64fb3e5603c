import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureMatches, signBody } from '../../src/moderation/signatureMatches.js';

const body = Buffer.from('{"object":"page","entry":[]}');
const secret = 'app-secret';
const good = 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

describe('signatureMatches', () => {
  it('accepts the HMAC-SHA256 of the exact raw body, in either case of hex', () => {
    expect(signBody(body, secret)).toBe(good);
    expect(signatureMatches(body, good, secret)).toBe(true);
    expect(signatureMatches(body, good.toUpperCase().replace('SHA256=', 'sha256='), secret)).toBe(true);
  });
  it.each([
    ['no header', undefined],
    ['another secret', signBody(body, 'other')],
    ['another body', signBody(Buffer.from('{"object":"page","entry":[] }'), secret)],
    ['sha1 prefix', good.replace('sha256=', 'sha1=')],
    ['truncated', good.slice(0, -2)],
    ['not hex', 'sha256=' + 'z'.repeat(64)],
  ])('refuses %s', (_name, header) => expect(signatureMatches(body, header, secret)).toBe(false));
  it('refuses everything when no secret is configured', () => expect(signatureMatches(body, signBody(body, ''), '')).toBe(false));
});
