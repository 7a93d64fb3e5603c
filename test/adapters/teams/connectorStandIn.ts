import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  /** Decoded path: /v3/conversations/{conversationId}/activities[/{activityId}] */
  path: string;
  conversationId?: string;
  activityId?: string;
  headers: Record<string, string | string[] | undefined>;
  // The JSON the bot sent, read by the tests the way the Connector would: its shape is what they assert.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * A local HTTP server standing in for the Bot Connector at an activity's `serviceUrl`: it records what the bot
 * sends and answers as the Connector does (a ResourceResponse with the new activity's id).
 */
export async function connectorStandIn(): Promise<{
  url: string;
  calls: Captured[];
  /** Answer the next calls with this status and body (to test how failures surface). */
  failWith(status: number, body: unknown): void;
  close(): Promise<void>;
}> {
  const calls: Captured[] = [];
  let failure: { status: number; body: unknown } | undefined;
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const m = /^\/v3\/conversations\/(.+?)\/activities(?:\/(.+))?$/.exec(path);
      calls.push({
        method: req.method ?? '',
        path,
        conversationId: m?.[1],
        activityId: m?.[2],
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      });
      res.setHeader('content-type', 'application/json');
      if (failure) {
        res.statusCode = failure.status;
        res.end(JSON.stringify(failure.body));
        return;
      }
      const id = req.method === 'PUT' && m?.[2] ? m[2] : `1700000000${String(++n).padStart(3, '0')}`;
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failWith(status, body) {
      failure = { status, body };
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
