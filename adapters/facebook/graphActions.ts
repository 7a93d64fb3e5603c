import type { Logger } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import { PlatformError, type PlatformActions, type PlatformErrorCode } from '../../src/moderation/PlatformActions.js';

/** Pinned so a Graph API change never reaches production unannounced. */
export const GRAPH_VERSION = 'v21.0';

export interface GraphConfig {
  pageToken: string;
  /** $FACEBOOK_GRAPH_URL; default https://graph.facebook.com. A base that already names a version keeps it. */
  graphUrl?: string;
  /** Log each call instead of making it. */
  dryRun?: boolean;
  log: Logger;
}

interface GraphErrorBody {
  error?: { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string };
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001, 80004]);

/**
 * Turns a Graph API error body into a stable code (whose sentence, in the reader's language, is in the catalogue:
 * `platform.<code>`), an English line for the log, and Graph's own message as the detail.
 */
export function graphError(status: number, body: GraphErrorBody | undefined): PlatformError {
  const e = body?.error ?? {};
  const code = e.code;
  const detail = e.message ? `Graph: ${e.message}` : `HTTP ${status}`;
  const fail = (code: PlatformErrorCode, what: string) => new PlatformError(`${what} (${detail})`, code, status, detail);
  // The Send API's "outside of allowed window": the Page messages source says it in the person's words.
  if (e.error_subcode === 2018278) {
    return fail('window_closed', 'outside the 24-hour messaging window');
  }
  if (code === 190 || code === 102) {
    return fail('token_expired', 'the page token has expired or is invalid');
  }
  if (code === 10 || (code !== undefined && code >= 200 && code < 300)) {
    return fail('permission', 'missing permission (pages_manage_engagement, moderator role)');
  }
  if ((code !== undefined && RATE_LIMIT_CODES.has(code)) || status === 429) {
    return fail('rate_limited', 'rate limited');
  }
  if (status === 404 || (code === 100 && e.error_subcode === 33)) {
    return fail('not_found', 'comment not found');
  }
  return fail('unknown', 'refused');
}

/** What the Graph API does on a Page's comments: all but ban (Facebook's block list is not in the API for Pages). */
export type GraphActions = Required<Pick<PlatformActions, 'hide' | 'unhide' | 'delete' | 'reply'>>;

/** One Graph API call: JSON body or query parameters; the answer's JSON, or a PlatformError with a stable code. */
export type GraphCall = (
  method: 'POST' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
  query?: Record<string, string>,
) => Promise<Record<string, unknown>>;

/**
 * Calls the Graph API at $FACEBOOK_GRAPH_URL with the page token (in a header, never the URL), or only logs the
 * call in a dry run. Shared by every source of the same Meta app (Facebook comments, Instagram, Page messages).
 */
export function graphClient(cfg: GraphConfig): GraphCall {
  const base = (cfg.graphUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '');
  const root = /\/v\d+\.\d+$/.test(base) ? base : `${base}/${GRAPH_VERSION}`;

  return async function call(method, path, body, query) {
    const url = `${root}/${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
    if (cfg.dryRun) {
      // The query may carry a reply's text: logged as the body (which the log masks), never inside the URL.
      cfg.log.info('graph dry run: not called', { method, url: `${root}/${path}`, body: body ?? query });
      return { id: 'dry-run', success: true };
    }
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        // The token goes in a header, not the URL, so it never lands in access logs.
        headers: { authorization: `Bearer ${cfg.pageToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new PlatformError(`Facebook could not be reached (${why})`, 'network', undefined, why);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const err = graphError(res.status, json as GraphErrorBody | undefined);
      // Info: the decision that made the call tells its person why (decide → the alert); a warning would print the
      // same failure again, raw, under that explanation on the console. A headless server logs info anyway.
      cfg.log.info('graph call failed', { method, path, status: res.status, code: err.code, graph: (json as GraphErrorBody | undefined)?.error });
      throw err;
    }
    return (json ?? {}) as Record<string, unknown>;
  };
}

/** The Graph API actions on a page's comments, with the page token. */
export function graphActions(cfg: GraphConfig): GraphActions {
  const call = graphClient(cfg);
  const commentPath = (item: Item) => encodeURIComponent(item.externalId);

  return {
    async hide(item) {
      await call('POST', commentPath(item), { is_hidden: true });
    },
    async unhide(item) {
      await call('POST', commentPath(item), { is_hidden: false });
    },
    async delete(item) {
      await call('DELETE', commentPath(item));
    },
    async reply(item, text) {
      const res = await call('POST', `${commentPath(item)}/comments`, { message: text });
      if (typeof res.id !== 'string') {
        throw new PlatformError('Facebook returned no reply id', 'no_reply_id');
      }
      return res.id;
    },
  };
}
