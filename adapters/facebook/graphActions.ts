import type { Logger } from '../../src/moderation/Context.js';
import type { Item } from '../../src/moderation/Item.js';
import { PlatformError, type PlatformActions } from '../../src/moderation/PlatformActions.js';

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

/** Turns a Graph API error body into a reason a community manager can act on (FR / EN) and a stable code. */
export function graphError(status: number, body: GraphErrorBody | undefined): PlatformError {
  const e = body?.error ?? {};
  const code = e.code;
  const detail = e.message ? ` (Graph: ${e.message})` : '';
  if (code === 190 || code === 102) {
    return new PlatformError(
      `Le jeton de la page Facebook est expiré ou invalide : renouvelez FACEBOOK_PAGE_TOKEN / The Facebook page token has expired or is invalid: renew FACEBOOK_PAGE_TOKEN${detail}`,
      'token_expired',
      status,
    );
  }
  if (code === 10 || (code !== undefined && code >= 200 && code < 300)) {
    return new PlatformError(
      `Permission manquante : le jeton doit avoir pages_manage_engagement et le rôle de modérateur de la page / Missing permission: the token needs pages_manage_engagement and a moderator role on the page${detail}`,
      'permission',
      status,
    );
  }
  if ((code !== undefined && RATE_LIMIT_CODES.has(code)) || status === 429) {
    return new PlatformError(
      `Facebook limite le nombre d'appels : réessayez dans quelques minutes / Facebook rate limit reached: try again in a few minutes${detail}`,
      'rate_limited',
      status,
    );
  }
  if (status === 404 || (code === 100 && e.error_subcode === 33)) {
    return new PlatformError(
      `Commentaire introuvable sur Facebook (déjà supprimé ?) / Comment not found on Facebook (already deleted?)${detail}`,
      'not_found',
      status,
    );
  }
  return new PlatformError(`Facebook a refusé l'action / Facebook refused the action${detail || ` (HTTP ${status})`}`, 'unknown', status);
}

/** The Graph API actions on a page's comments, with the page token. */
export function graphActions(cfg: GraphConfig): PlatformActions {
  const base = (cfg.graphUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '');
  const root = /\/v\d+\.\d+$/.test(base) ? base : `${base}/${GRAPH_VERSION}`;

  async function call(method: 'POST' | 'DELETE', path: string, body?: Record<string, unknown>): Promise<Record<string, unknown>> {
    const url = `${root}/${path}`;
    if (cfg.dryRun) {
      cfg.log.info('graph dry run: not called', { method, url, body });
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
      throw new PlatformError(
        `Facebook injoignable, réessayez / Facebook could not be reached, try again (${err instanceof Error ? err.message : String(err)})`,
        'network',
      );
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
      cfg.log.warn('graph call failed', { method, path, status: res.status, code: err.code, graph: (json as GraphErrorBody | undefined)?.error });
      throw err;
    }
    return (json ?? {}) as Record<string, unknown>;
  }

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
        throw new PlatformError("Facebook n'a pas renvoyé l'id de la réponse / Facebook returned no reply id", 'unknown');
      }
      return res.id;
    },
  };
}
