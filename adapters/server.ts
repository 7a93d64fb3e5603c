import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

/** What `GET /readyz` reports; supplied by the composition root so the server knows nothing of the core. */
export interface Readiness {
  /** The store answered a read within the probe's time. */
  store: boolean;
  /** Ids of the policies loaded at start-up. */
  policies: string[];
  /** The scheduler (reminders, digests, recovery) is running. */
  scheduler: boolean;
  /** Names of the chat surfaces that receive alerts. */
  surfaces: string[];
  /** Shutting down: finishing what was acknowledged, taking nothing new. */
  draining?: boolean;
}

export interface ServerOptions {
  ready?: () => Promise<Readiness>;
  /** Run before every route but the health checks (the shutdown gate, timers). */
  before?: { path: string; handler: RequestHandler | express.Router }[];
  /** Where unexpected errors are reported (the details stay out of the response). */
  logError?: (message: string) => void;
}

/**
 * One Express app for every adapter. Each router parses its own body (raw for signed webhooks), so no global body
 * parser sits in front of them. Unknown paths and thrown errors answer JSON without a stack trace.
 *
 * Two health checks, as orchestrators expect: `/healthz` says the process is alive (it answers, so it is: restarting
 * it would not bring a dead store back), `/readyz` says it can do its work — store reachable, policies loaded,
 * scheduler running, not shutting down — and answers 503 otherwise, so traffic goes elsewhere.
 */
export function createServer(routers: { path: string; router: express.Router }[], options: ServerOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req: Request, res: Response) => {
    res.status(200).json({ status: 'alive' });
  });

  app.get('/readyz', async (_req: Request, res: Response) => {
    const r = options.ready ? await options.ready().catch(() => undefined) : undefined;
    if (!options.ready) return void res.status(200).json({ status: 'ready' });
    if (!r) return void res.status(503).json({ status: 'not_ready', reasons: ['the readiness probe failed'] });
    const reasons = [
      r.draining ? 'shutting down' : undefined,
      r.store ? undefined : 'store unreachable',
      r.policies.length > 0 ? undefined : 'no policy loaded',
      r.scheduler ? undefined : 'scheduler not running',
    ].filter((x): x is string => x !== undefined);
    res.status(reasons.length === 0 ? 200 : 503).json({
      status: reasons.length === 0 ? 'ready' : 'not_ready',
      ...(reasons.length ? { reasons } : {}),
      store: r.store ? 'reachable' : 'unreachable',
      policies: r.policies,
      scheduler: r.scheduler ? 'running' : 'stopped',
      surfaces: r.surfaces,
    });
  });

  for (const { path, handler } of options.before ?? []) app.use(path, handler);
  for (const { path, router } of routers) app.use(path, router);

  app.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found', message: `No route for ${req.method} ${req.path}` });
  });

  const onError: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
    // body-parser and friends set `status`/`type` on client errors (bad JSON, too large): those are the caller's.
    const e = (err ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown; message?: unknown; expose?: unknown };
    const status = Number(e.status ?? e.statusCode);
    const clientError = Number.isInteger(status) && status >= 400 && status < 500;
    if (res.headersSent) return;
    if (clientError) {
      res.status(status).json({
        error: typeof e.type === 'string' ? e.type : 'bad_request',
        message: e.expose !== false && typeof e.message === 'string' ? e.message : 'Bad request',
      });
      return;
    }
    const detail = err instanceof Error ? err.message : String(err);
    if (options.logError) options.logError(`request failed: ${detail}`);
    else process.stderr.write(`vigie: request failed: ${detail}\n`);
    res.status(500).json({ error: 'internal', message: 'Internal error; the details are in the server log' });
  };
  app.use(onError);
  return app;
}
