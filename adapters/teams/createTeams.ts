import express, { type NextFunction, type Request, type Response } from 'express';
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { ChatSurface } from '../../src/moderation/ChatSurface.js';
import type { Context } from '../../src/moderation/Context.js';
import { TeamsBot } from './TeamsBot.js';
import { teamsAuthentication } from './teamsAuthentication.js';
import { localServiceUrl, teamsGate } from './teamsGate.js';
import { teamsSurface } from './teamsSurface.js';
import { policyLook } from './policyLook.js';
import { langOf } from './langOf.js';
import { say } from '../../src/messages/Message.js';

export interface TeamsConfig {
  /** MicrosoftAppId. Without it the endpoint refuses every request, unless `local`. */
  appId?: string;
  /** $VIGIE_TEAMS_LOCAL, without appId: take unauthenticated activities from loopback peers (Bot Framework Emulator). */
  local?: boolean;
  appPassword?: string;
  /** MicrosoftAppType: 'MultiTenant' (default), 'SingleTenant' or 'UserAssignedMSI'. */
  appType?: string;
  tenantId?: string;
  /** Conversation id of the channel where alerts and digests go when an item names none. */
  channel?: string;
  /** How long a button click waits for the decision before answering "in progress" (default 4 s; Teams waits 5). */
  invokeBudgetMs?: number;
}

/**
 * Microsoft Teams through botbuilder: `router` answers `POST /api/messages` (the Bot Connector's calls) and
 * `surface` posts alerts, reminders and digests proactively. Every import of botbuilder stays in adapters/teams/.
 */
export function createTeams(ctx: Context, cfg: TeamsConfig): { surface: ChatSurface; router: express.Router } {
  const appId = cfg.appId ?? '';
  const adapter = new VigieAdapter(teamsAuthentication(cfg));
  const look = policyLook(ctx);
  const surface = teamsSurface(ctx, { adapter, appId, channel: cfg.channel, look });
  const bot = new TeamsBot(ctx, look, { invokeBudgetMs: cfg.invokeBudgetMs ?? 4000, replaceCard: (ref, o) => surface.update(ref, o) });

  adapter.onTurnError = async (tc: TurnContext, err: Error) => {
    ctx.log.error('teams: turn failed', { error: err.message, type: tc.activity.type, activityName: tc.activity.name });
    if (tc.activity.type === 'message') {
      await tc.sendActivity(say(langOf(tc.activity.locale), 'surface.error')).catch(() => undefined);
    }
  };

  const refused = rateLimitedWarning(
    ctx,
    'teams: refused requests without a valid Bot Connector token (anyone can reach /api/messages; this is expected noise)',
  );
  const router = express.Router();
  router.post(
    '/api/messages',
    teamsGate(cfg),
    express.json({ limit: '1mb', type: () => true }),
    (req: Request, res: Response, next: NextFunction) => {
      const body: unknown = req.body;
      const why = activityProblem(body);
      if (why) {
        res.status(400).json({ error: 'bad_activity', message: `not a Bot Framework activity: ${why}` });
        return;
      }
      next();
    },
    localServiceUrl(cfg),
    async (req: Request, res: Response) => {
      // Not adapter.process: it writes every refused token to stderr with its stack (one per stranger's request).
      const activity = withDates(req.body as Record<string, unknown>) as unknown as Activity;
      try {
        const invoke = await adapter.take(req.get('authorization') ?? '', activity, (tc) => bot.run(tc));
        // botbuilder answers 501 to an invoke it has no handler for: that is the caller's request, not a failure here.
        if (invoke?.status === 501) {
          res.status(400).json({ error: 'unknown_invoke', message: `Vigie does not handle the invoke '${String(activity.name)}' or its value` });
          return;
        }
        res.status(invoke?.status ?? 200);
        if (invoke?.body !== undefined) res.send(invoke.body);
        res.end();
      } catch (err) {
        if (err instanceof AuthenticationError) {
          refused.note();
          res.status(401).json({ error: 'unauthorized', message: `not a Bot Connector request for this app: ${err.message}` });
          return;
        }
        ctx.log.error('teams: request failed', { error: err instanceof Error ? err.message : String(err), type: activity.type });
        res.status(500).json({ error: 'internal', message: 'Vigie could not handle this activity; the details are in the server log' });
      }
    },
  );
  // Unreadable JSON and other transport errors: a reason, never a stack trace.
  router.use('/api/messages', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    if (status >= 500) ctx.log.error('teams: request failed', { error: err instanceof Error ? err.message : String(err) });
    const [error, message] =
      status === 400
        ? ['invalid_json', 'the body is not valid JSON']
        : status === 413
          ? ['too_large', 'the activity is larger than 1 MB']
          : ['internal', 'Vigie could not handle this activity; the details are in the server log'];
    res.status(status >= 400 && status < 600 ? status : 500).json({ error, message });
  });

  return { surface, router };
}

/** What makes a body unusable before botbuilder sees it (botbuilder would throw outside its own error handling). */
function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !a.type) return '"type" is missing';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return '"serviceUrl" must be an http(s) URL';
  if (typeof (a.conversation as { id?: unknown } | undefined)?.id !== 'string') return '"conversation.id" is missing';
  return undefined;
}

/** The adapter with its turn entry point open: Vigie answers the HTTP request itself (see the route). */
class VigieAdapter extends CloudAdapter {
  take(authHeader: string, activity: Activity, logic: (tc: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** What botbuilder's own `process` does to a parsed body: the ISO strings of the times become Dates. */
function withDates(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof out[field] === 'string') {
      out[raw] = out[field];
      out[field] = new Date(out[field] as string);
    }
  }
  return out;
}

/** One warning line a minute at most, counting the events since the last line: a scan must not flood the log. */
function rateLimitedWarning(ctx: Context, message: string): { note(): void } {
  let last = -Infinity;
  let since = 0;
  return {
    note() {
      since += 1;
      const now = ctx.now().getTime();
      if (now - last < 60_000) return;
      ctx.log.warn(message, { count: since });
      last = now;
      since = 0;
    },
  };
}
