import { YouTubeError } from './youtubeError.js';

export interface GoogleTokenConfig {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** $GOOGLE_OAUTH_URL; default https://oauth2.googleapis.com/token. */
  oauthUrl: string;
}

/** Refreshed this long before Google says it expires, so a call never leaves with a token about to lapse. */
const MARGIN_MS = 60_000;

export interface GoogleToken {
  /** A valid access token at `now`: the cached one, or a fresh one from the refresh token. */
  get(now: Date): Promise<string>;
  /** Drops the cached token (YouTube answered 401 with it). */
  forget(): void;
}

/**
 * OAuth 2.0 access tokens from the operator's refresh token (RFC 6749 §6), cached until shortly before they
 * expire. Concurrent callers share one refresh. The refresh token and the access token never leave this module
 * except in the Authorization header: an error names only what Google said (`invalid_grant`...).
 */
export function googleToken(cfg: GoogleTokenConfig): GoogleToken {
  let cached: { token: string; until: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function refresh(now: Date): Promise<string> {
    let res: Response;
    try {
      res = await fetch(cfg.oauthUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: cfg.clientId,
          client_secret: cfg.clientSecret,
          refresh_token: cfg.refreshToken,
        }).toString(),
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new YouTubeError('network', `Google's token endpoint could not be reached (${why})`, undefined, why);
    }
    const body = (await res.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
      error_description?: unknown;
    };
    if (!res.ok || typeof body.access_token !== 'string') {
      // Google's own code and sentence only: its answer to a bad grant never echoes the secrets.
      const code = typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
      const detail = typeof body.error_description === 'string' ? `${code}: ${body.error_description}` : code;
      throw new YouTubeError(
        'token',
        `the YouTube refresh token was refused (${detail}); renew YOUTUBE_REFRESH_TOKEN (README "YouTube")`,
        res.status,
        detail,
      );
    }
    const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    cached = { token: body.access_token, until: now.getTime() + seconds * 1000 - MARGIN_MS };
    return body.access_token;
  }

  return {
    get(now) {
      if (cached && now.getTime() < cached.until) return Promise.resolve(cached.token);
      inFlight ??= refresh(now).finally(() => (inFlight = undefined));
      return inFlight;
    },
    forget() {
      cached = undefined;
    },
  };
}
