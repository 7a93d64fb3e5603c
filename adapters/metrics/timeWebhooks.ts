import express, { type NextFunction, type Request, type Response } from 'express';
import type { Prometheus } from './prometheusMetrics.js';

/**
 * Mounted at `/webhooks` before the webhook routers: times each delivery from its first byte to the end of the
 * answer, labelled by route (`facebook`, `comments`) and status. The subscription handshake (GET) is not a delivery.
 */
export function timeWebhooks(prom: Prometheus): express.Router {
  const router = express.Router();
  router.post('/:source', (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const source = ['facebook', 'comments'].includes(String(req.params.source)) ? String(req.params.source) : 'other';
    res.once('finish', () => prom.webhook(source, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    next();
  });
  return router;
}
