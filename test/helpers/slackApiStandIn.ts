import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in took: Web API method and form fields. */
export interface SlackCall {
  method: string;
  fields: Record<string, string>;
  at: number;
}

export interface SlackApiStandIn {
  /** For SLACK_API_URL: `http://127.0.0.1:<port>/api/`. */
  url: string;
  calls: SlackCall[];
  of(method: string): SlackCall[];
  close(): Promise<void>;
}

/**
 * The Slack Web API as a local HTTP server, so a Vigie in another process (or this one) posts real requests to it.
 * `delayMs` holds each chat.postMessage that long (a slow Slack); `failWhen` refuses a postMessage whose fields
 * contain the given string, as Slack refuses a message (`ok: false`).
 */
export async function slackApiStandIn(opts: { delayMs?: number; failWhen?: string } = {}): Promise<SlackApiStandIn> {
  const calls: SlackCall[] = [];
  let ts = 1_700_000_000;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const fields = Object.fromEntries(new URLSearchParams(raw));
      calls.push({ method, fields, at: Date.now() });
      const answer = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (method) {
        case 'chat.postMessage': {
          if (opts.failWhen && JSON.stringify(fields).includes(opts.failWhen)) return answer({ ok: false, error: 'channel_not_found' });
          const reply = { ok: true, channel: fields.channel ?? 'C0ALERTS', ts: `${++ts}.000100`, message: {} };
          if (opts.delayMs) setTimeout(() => answer(reply), opts.delayMs);
          else answer(reply);
          return;
        }
        case 'chat.update':
          return answer({ ok: true, channel: fields.channel, ts: fields.ts });
        case 'chat.postEphemeral':
          return answer({ ok: true, message_ts: `${++ts}.000200` });
        case 'users.info':
          return answer({ ok: true, user: { id: fields.user, locale: 'fr-CA' } });
        default:
          return answer({ ok: false, error: 'unknown_method' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    calls,
    of: (method) => calls.filter((c) => c.method === method),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
