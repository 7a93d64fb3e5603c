import { PlatformError } from '../../src/moderation/PlatformActions.js';
import { message } from '../../src/messages/Message.js';
import { googleErrorSchema } from './youtubeResources.js';

/**
 * What a failed YouTube call means for the poller: `quota` waits for the daily reset (midnight Pacific time), `rate`
 * backs off and retries, the others are logged with the advice and retried later too (an operator may fix them).
 * `auth`: YouTube refused the access token; `token`: Google refused the refresh token itself.
 */
export type YouTubeFailure = 'quota' | 'rate' | 'auth' | 'token' | 'permission' | 'not_found' | 'network' | 'refused';

/** The PlatformError code of each failure (stable codes, as Facebook's). */
const CODES: Record<YouTubeFailure, string> = {
  quota: 'quota_exceeded',
  rate: 'rate_limited',
  auth: 'token_expired',
  token: 'token_expired',
  permission: 'permission',
  not_found: 'not_found',
  network: 'network',
  refused: 'unknown',
};

export class YouTubeError extends PlatformError {
  constructor(
    readonly failure: YouTubeFailure,
    logLine: string,
    status: number | undefined,
    detail: string,
  ) {
    const code = CODES[failure];
    super(logLine, code, status, detail, message(`platform.youtube-${failure}`, { detail }));
    this.name = 'YouTubeError';
  }
}

/** The day's quota is spent (`youtube.quota`): nothing but waiting for the reset helps. */
const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
/** Too fast: the same call succeeds later. */
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** A YouTube Data API error answer as a YouTubeError: Google's reason decides, then the status. */
export function youtubeError(status: number, body: unknown): YouTubeError {
  const parsed = googleErrorSchema.safeParse(body);
  const e = parsed.success ? parsed.data.error : undefined;
  const reasons = (e?.errors ?? []).flatMap((x) => (x.reason ? [x.reason] : []));
  const detail = `YouTube: ${[reasons[0], e?.message].filter(Boolean).join(': ') || `HTTP ${status}`}`;
  const fail = (failure: YouTubeFailure, what: string) => new YouTubeError(failure, `${what} (${detail})`, status, detail);
  if (reasons.some((r) => QUOTA_REASONS.has(r))) return fail('quota', 'the daily YouTube quota is spent');
  if (status === 429 || status >= 500 || reasons.some((r) => RATE_REASONS.has(r))) return fail('rate', 'YouTube asks to slow down or is unavailable');
  if (status === 401) return fail('auth', 'the YouTube access token was refused');
  if (status === 403) return fail('permission', 'YouTube refused: the account must own the channel, with the youtube.force-ssl scope');
  if (status === 404) return fail('not_found', 'not found on YouTube');
  return fail('refused', 'YouTube refused the call');
}
