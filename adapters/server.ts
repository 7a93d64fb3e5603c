import express from 'express';
import type { ErrorRequestHandler, Request, Response } from 'express';

/** What `GET /healthz` reports; supplied by the composition root so the server knows nothing of the core. */
export interface Health {
  /** The store answered a read within the probe's time. */
  store: boolean;
  /** Ids of the policies loaded at start-up. */
  policies: string[];
  /** Names of the chat surfaces that receive alerts. */
  surfaces: string[];
}

export interface ServerOptions {
  health?: () => Promise<Health>;
  /** Where unexpected errors are reported (the details stay out of the response). */
  logError?: (message: string) => void;
}

/**
 * One Express app for every adapter. Each router parses its own body (raw for signed webhooks), so no global body
 * parser sits in front of them. Unknown paths and thrown errors answer JSON without a stack trace.
 */
export function createServer(
  routers: { path: string; router: express.Router }[],
  options: ServerOptions = {},
): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req: Request, res: Response) => {
    const health = options.health ? await options.health().catch(() => undefined) : undefined;
    if (!health) {
      res.status(options.health ? 503 : 200).json({ status: options.health ? 'error' : 'ok' });
      return;
    }
    // A load balancer takes 503 to mean "send traffic elsewhere": only the store makes Vigie unable to work.
    res.status(health.store ? 200 : 503).json({
      status: health.store ? 'ok' : 'degraded',
      store: health.store ? 'reachable' : 'unreachable',
      policies: health.policies,
      surfaces: health.surfaces,
    });
  });

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
