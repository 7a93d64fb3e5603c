import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const REASONS: Record<number, { error: string; message: string }> = {
  400: { error: 'bad_request', message: 'The body is not a Slack payload (form fields, a `payload` field holding JSON, or JSON).' },
  401: {
    error: 'invalid_signature',
    message:
      'The request is not signed with SLACK_SIGNING_SECRET, or its X-Slack-Request-Timestamp is more than five minutes away from this server’s clock.',
  },
  413: { error: 'too_large', message: 'The body is larger than Slack ever sends.' },
};

/**
 * Bolt refuses bad requests with an empty body; this gives each refusal its reason (as JSON), so whoever set up
 * the app or a proxy sees what to fix. Slack itself only reads the status.
 */
export function explainRefusals(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send.bind(res);
  res.send = ((body?: unknown) => {
    const reason = REASONS[res.statusCode];
    if ((body === undefined || body === '') && reason) return res.json(reason);
    return send(body);
  }) as Response['send'];
  next();
}

/**
 * Bolt refuses a timestamp more than five minutes in the past, not one in the future: a captured request signed
 * with a clock set ahead could be replayed until that time came. Refused here the same way (same 401, same reason).
 */
export function refuseFutureRequests(now: () => number = Date.now): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const stamp = Number(req.get('x-slack-request-timestamp'));
    if (Number.isFinite(stamp) && stamp * 1000 > now() + 5 * 60_000) {
      res.status(401).json(REASONS[401]);
      return;
    }
    next();
  };
}

/** Answer for a request no listener acknowledged in time (an unknown command or action): 404 with the reason. */
export function unhandledRequest({ response }: { response: ServerResponse }): void {
  if (response.headersSent) return;
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      error: 'unhandled',
      message: 'No Vigie listener acknowledged this request within 3 s: an unknown command, shortcut or action (see manifest.yml).',
    }),
  );
}
