import type { Logger } from '../../src/moderation/Context.js';
import type { GoogleToken } from './googleToken.js';
import { YouTubeError, youtubeError } from './youtubeError.js';

/** Quota units per call, as Google publishes them (developers.google.com/youtube/v3/determine_quota_cost). */
export const QUOTA_COST = {
  'commentThreads.list': 1,
  'comments.list': 1,
  'comments.insert': 50,
  'comments.setModerationStatus': 50,
} as const;
export type YouTubeMethod = keyof typeof QUOTA_COST;

export interface YouTubeClientConfig {
  /** $YOUTUBE_API_URL; default https://www.googleapis.com. A base already ending in /youtube/v3 keeps it. */
  apiUrl: string;
  token: GoogleToken;
  now: () => Date;
  log: Logger;
}

export interface YouTubeCall {
  method: YouTubeMethod;
  query: Record<string, string>;
  body?: unknown;
}

export interface YouTubeClient {
  /** The JSON answer (`{}` for 204). Throws YouTubeError. `spent` counts the quota units of every call made. */
  call(c: YouTubeCall): Promise<Record<string, unknown>>;
  readonly spent: number;
}

const ROUTES: Record<YouTubeMethod, { http: 'GET' | 'POST'; path: string }> = {
  'commentThreads.list': { http: 'GET', path: 'commentThreads' },
  'comments.list': { http: 'GET', path: 'comments' },
  'comments.insert': { http: 'POST', path: 'comments' },
  'comments.setModerationStatus': { http: 'POST', path: 'comments/setModerationStatus' },
};

/**
 * The YouTube Data API v3 with the channel owner's OAuth token: one request per call, a second one only when the
 * access token was refused (401: refreshed once). The token travels in the Authorization header, never in a URL
 * that a log or an error could print.
 */
export function youtubeClient(cfg: YouTubeClientConfig): YouTubeClient {
  const base = cfg.apiUrl.replace(/\/+$/, '');
  const root = /\/youtube\/v3$/.test(base) ? base : `${base}/youtube/v3`;
  let spent = 0;

  async function once(c: YouTubeCall, token: string): Promise<{ status: number; json: unknown }> {
    const route = ROUTES[c.method];
    const url = `${root}/${route.path}?${new URLSearchParams(c.query).toString()}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: route.http,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(c.body !== undefined ? { body: JSON.stringify(c.body) } : {}),
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new YouTubeError('network', `YouTube could not be reached (${why})`, undefined, why);
    }
    // Google counts a call that reached it, whatever it answered.
    spent += QUOTA_COST[c.method];
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  }

  return {
    get spent() {
      return spent;
    },
    async call(c) {
      let answer = await once(c, await cfg.token.get(cfg.now()));
      if (answer.status === 401) {
        cfg.token.forget();
        answer = await once(c, await cfg.token.get(cfg.now()));
      }
      if (answer.status >= 200 && answer.status < 300) return (answer.json ?? {}) as Record<string, unknown>;
      const err = youtubeError(answer.status, answer.json);
      cfg.log.info('youtube call failed', { method: c.method, status: answer.status, code: err.code, detail: err.detail });
      throw err;
    },
  };
}
