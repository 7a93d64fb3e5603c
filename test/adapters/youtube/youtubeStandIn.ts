import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stand-in received it. */
export interface YouTubeCallRecord {
  method: string;
  /** Path without the query, e.g. /youtube/v3/comments/setModerationStatus. */
  path: string;
  query: Record<string, string>;
  body?: unknown;
  /** The Authorization header's token. */
  token?: string;
}

interface StoredComment {
  id: string;
  authorChannelId: string;
  authorDisplayName: string;
  text: string;
  videoId: string;
  parentId?: string;
  publishedAt: string;
  updatedAt: string;
}

export interface YouTubeStandIn {
  /** For YOUTUBE_API_URL. */
  apiUrl: string;
  /** For GOOGLE_OAUTH_URL. */
  oauthUrl: string;
  /** Every API call (the token endpoint's are in `tokenCalls`). */
  calls: YouTubeCallRecord[];
  tokenCalls: Record<string, string>[];
  /** Access tokens handed out, in order. */
  issued: string[];
  /** Calls of one API path (`commentThreads`, `comments`, `comments/setModerationStatus`). */
  of(path: string): YouTubeCallRecord[];
  /** A new top-level comment (a thread). */
  comment(c: { id: string; text: string; author?: string; authorName?: string; videoId?: string; at: string; updatedAt?: string }): void;
  /** A reply in a thread. */
  reply(threadId: string, c: { id: string; text: string; author?: string; authorName?: string; at: string }): void;
  /** The next API calls answer these errors, in order (then normal service resumes). */
  failNext(...errors: { status: number; reason?: string }[]): void;
  /** The first later call that `matches` answers this error, once. */
  failWhen(matches: (call: YouTubeCallRecord) => boolean, error: { status: number; reason?: string }): void;
  /** Holds every API answer until the returned function is called (two replicas polling at the same moment). */
  hold(): () => void;
  close(): Promise<void>;
}

export const CLIENT_ID = 'client-id-1234.apps.googleusercontent.com';
export const CLIENT_SECRET = 'GOCSPX-client-secret-for-tests';
export const REFRESH_TOKEN = '1//refresh-token-for-tests-0123456789';

/**
 * Google's token endpoint and the YouTube Data API v3, as a local HTTP server: it keeps a channel's comment threads
 * and answers commentThreads.list (allThreadsRelatedToChannelId, newest first, paged; or by id), comments.list
 * (parentId, paged), comments.setModerationStatus and comments.insert, checking the OAuth token on every call.
 */
export async function youtubeStandIn(channelId: string, opts: { pageSize?: number; includedReplies?: number } = {}): Promise<YouTubeStandIn> {
  const calls: YouTubeCallRecord[] = [];
  const tokenCalls: Record<string, string>[] = [];
  const issued: string[] = [];
  const threads = new Map<string, { top: StoredComment; replies: StoredComment[] }>();
  const failures: { status: number; reason?: string }[] = [];
  const traps: { matches: (call: YouTubeCallRecord) => boolean; error: { status: number; reason?: string } }[] = [];
  let held: Promise<void> | undefined;
  let inserted = 0;

  const resource = (c: StoredComment) => ({
    kind: 'youtube#comment',
    etag: `etag-${c.id}`,
    id: c.id,
    snippet: {
      channelId,
      videoId: c.videoId,
      textDisplay: c.text,
      textOriginal: c.text,
      authorDisplayName: c.authorDisplayName,
      authorChannelUrl: `http://www.youtube.com/channel/${c.authorChannelId}`,
      authorChannelId: { value: c.authorChannelId },
      canRate: true,
      viewerRating: 'none',
      likeCount: 0,
      ...(c.parentId ? { parentId: c.parentId } : {}),
      publishedAt: c.publishedAt,
      updatedAt: c.updatedAt,
    },
  });
  const thread = (id: string) => {
    const t = threads.get(id)!;
    return {
      kind: 'youtube#commentThread',
      etag: `etag-t-${id}`,
      id,
      snippet: {
        channelId,
        videoId: t.top.videoId,
        topLevelComment: resource(t.top),
        canReply: true,
        totalReplyCount: t.replies.length,
        isPublic: true,
      },
      // YouTube includes a few replies only; the rest through comments.list.
      ...(t.replies.length ? { replies: { comments: t.replies.slice(0, opts.includedReplies ?? 5).map(resource) } } : {}),
    };
  };
  const paged = <T>(all: T[], query: Record<string, string>) => {
    const size = Math.min(Number(query.maxResults ?? 20), opts.pageSize ?? 100);
    const from = Number(query.pageToken ?? 0);
    const next = from + size < all.length ? String(from + size) : undefined;
    return { items: all.slice(from, from + size), ...(next ? { nextPageToken: next } : {}) };
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const raw = Buffer.concat(chunks).toString('utf8');
      const answer = (status: number, body?: unknown) => {
        if (body === undefined) res.writeHead(status).end();
        else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      if (url.pathname === '/token') {
        const form = Object.fromEntries(new URLSearchParams(raw));
        tokenCalls.push(form);
        if (
          form.grant_type !== 'refresh_token' ||
          form.client_id !== CLIENT_ID ||
          form.client_secret !== CLIENT_SECRET ||
          form.refresh_token !== REFRESH_TOKEN
        ) {
          return answer(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
        }
        const token = `ya29.access-${issued.length + 1}-for-tests`;
        issued.push(token);
        return answer(200, {
          access_token: token,
          expires_in: 3599,
          scope: 'https://www.googleapis.com/auth/youtube.force-ssl',
          token_type: 'Bearer',
        });
      }
      const query = Object.fromEntries(url.searchParams);
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || undefined;
      const path = url.pathname;
      calls.push({ method: req.method ?? '', path, query, ...(raw ? { body: JSON.parse(raw) as unknown } : {}), ...(token ? { token } : {}) });
      if (held) await held;
      const trap = traps.findIndex((t) => t.matches(calls.at(-1)!));
      const failure = trap >= 0 ? traps.splice(trap, 1)[0]!.error : failures.shift();
      if (failure) {
        return answer(failure.status, {
          error: {
            code: failure.status,
            message: failure.reason ?? 'error',
            errors: [{ message: failure.reason ?? 'error', domain: 'youtube', reason: failure.reason ?? 'backendError' }],
          },
        });
      }
      if (!token || !issued.includes(token)) {
        return answer(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', errors: [{ reason: 'authError' }] } });
      }
      const route = `${req.method} ${path.replace(/^\/youtube\/v3/, '')}`;
      switch (route) {
        case 'GET /commentThreads': {
          if (query.id)
            return answer(200, {
              items: query.id
                .split(',')
                .filter((id) => threads.has(id))
                .map(thread),
            });
          if (query.allThreadsRelatedToChannelId !== channelId) return answer(404, { error: { code: 404, errors: [{ reason: 'channelNotFound' }] } });
          const ids = [...threads.keys()].sort((a, b) => Date.parse(threads.get(b)!.top.publishedAt) - Date.parse(threads.get(a)!.top.publishedAt));
          return answer(200, { kind: 'youtube#commentThreadListResponse', ...paged(ids.map(thread), query) });
        }
        case 'GET /comments': {
          const t = threads.get(query.parentId ?? '');
          if (!t) return answer(404, { error: { code: 404, errors: [{ reason: 'commentNotFound' }] } });
          return answer(200, { kind: 'youtube#commentListResponse', ...paged(t.replies.map(resource), query) });
        }
        case 'POST /comments/setModerationStatus':
          return answer(204);
        case 'POST /comments': {
          const snippet = (JSON.parse(raw) as { snippet: { parentId: string; textOriginal: string } }).snippet;
          const t = threads.get(snippet.parentId);
          if (!t) return answer(404, { error: { code: 404, errors: [{ reason: 'parentCommentNotFound' }] } });
          const at = t.replies.at(-1)?.publishedAt ?? t.top.publishedAt;
          const reply: StoredComment = {
            id: `${snippet.parentId}.reply${++inserted}`,
            authorChannelId: channelId,
            authorDisplayName: 'La chaîne',
            text: snippet.textOriginal,
            videoId: t.top.videoId,
            parentId: snippet.parentId,
            publishedAt: new Date(Date.parse(at) + 60_000).toISOString(),
            updatedAt: new Date(Date.parse(at) + 60_000).toISOString(),
          };
          t.replies.push(reply);
          return answer(200, resource(reply));
        }
        default:
          return answer(404, { error: { code: 404, message: `no route ${route}` } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: base,
    oauthUrl: `${base}/token`,
    calls,
    tokenCalls,
    issued,
    of: (p) => calls.filter((c) => c.path === `/youtube/v3/${p}`),
    comment(c) {
      threads.set(c.id, {
        top: {
          id: c.id,
          authorChannelId: c.author ?? `UCviewer${c.id}`,
          authorDisplayName: c.authorName ?? 'Steve Tremblay',
          text: c.text,
          videoId: c.videoId ?? 'vid-1',
          publishedAt: c.at,
          updatedAt: c.updatedAt ?? c.at,
        },
        replies: [],
      });
    },
    reply(threadId, c) {
      const t = threads.get(threadId)!;
      t.replies.push({
        id: c.id,
        authorChannelId: c.author ?? `UCviewer${c.id}`,
        authorDisplayName: c.authorName ?? 'Réjean Boutin',
        text: c.text,
        videoId: t.top.videoId,
        parentId: threadId,
        publishedAt: c.at,
        updatedAt: c.at,
      });
    },
    failNext: (...errors) => void failures.push(...errors),
    failWhen: (matches, error) => void traps.push({ matches, error }),
    hold() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
