import type { NextFunction, Request, Response } from 'express';

export interface Drain {
  /** Before every route: counts requests in flight, and once draining answers 503 with `Connection: close`. */
  gate(req: Request, res: Response, next: NextFunction): void;
  /** Work done after the answer (a webhook's checking and alerting, a Slack click's decision): waited for too. */
  track(work: Promise<unknown>): void;
  /** From now on, refuse new requests. */
  start(): void;
  readonly draining: boolean;
  /** Resolves once nothing is in flight, or at `deadline` (epoch ms) with what is still running. */
  settled(deadline: number): Promise<{ requests: number; work: number }>;
}

/**
 * What "finish what was acknowledged" means at shutdown: every request that got in before the drain started is
 * answered, and every piece of work promised by an answer (a 200 to a webhook means "stored, and will be checked
 * and alerted") is done. A sender refused with 503 retries, on another replica or after the restart.
 */
export function createDrain(): Drain {
  let draining = false;
  let requests = 0;
  const work = new Set<Promise<unknown>>();
  return {
    gate(_req, res, next) {
      if (draining) {
        res.set('Connection', 'close').set('Retry-After', '5');
        return void res.status(503).json({ error: 'shutting_down', message: 'Vigie is shutting down; retry in a moment' });
      }
      requests++;
      let done = false;
      const end = () => {
        if (done) return;
        done = true;
        requests--;
      };
      res.once('finish', end);
      res.once('close', end);
      next();
    },
    track(p) {
      const settled = p.then(
        () => undefined,
        () => undefined,
      );
      work.add(settled);
      void settled.then(() => work.delete(settled));
    },
    start() {
      draining = true;
    },
    get draining() {
      return draining;
    },
    async settled(deadline) {
      while ((requests > 0 || work.size > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return { requests, work: work.size };
    },
  };
}
