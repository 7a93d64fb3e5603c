import { timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { Registry } from 'prom-client';

/**
 * `GET /metrics`, Prometheus text format, behind `Authorization: Bearer $VIGIE_METRICS_TOKEN`: the figures say how
 * busy a public body's pages are and how late its answers run, which is nobody else's business. Without the token
 * configured the route answers 404 with the reason (metrics are off, nothing to find).
 */
export function metricsRouter(registry: Registry | undefined, token: string | undefined): express.Router {
  const router = express.Router();
  router.get('/', async (req: Request, res: Response) => {
    if (!registry || !token) {
      return void res.status(404).json({ error: 'metrics_off', message: 'Metrics are off: set VIGIE_METRICS_TOKEN to turn GET /metrics on' });
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!given || !sameSecret(given, token)) {
      res.set('WWW-Authenticate', 'Bearer realm="vigie-metrics"');
      return void res.status(401).json({
        error: given ? 'bad_token' : 'missing_token',
        message: given ? 'The bearer token does not match VIGIE_METRICS_TOKEN' : 'Send Authorization: Bearer <VIGIE_METRICS_TOKEN>',
      });
    }
    res.set('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });
  return router;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
