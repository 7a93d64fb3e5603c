import type { NextFunction, Request, Response } from 'express';

export interface TeamsGateConfig {
  appId?: string;
  /** $VIGIE_TEAMS_LOCAL: without an app id, take unauthenticated activities from this machine (Bot Framework Emulator). */
  local?: boolean;
}

/**
 * Who may reach the bot before botbuilder sees the request. With an app id botbuilder checks the Bot Connector's
 * token (and that its `serviceurl` claim is the activity's), so nothing is added here. Without one nothing is
 * authenticated: an activity could press Hide or Delete on the page, name any `serviceUrl` for Vigie to post to
 * and plant a conversation reference for later alerts. So the route is shut, or, for the Emulator, open to
 * loopback peers that name a loopback `serviceUrl` only. No import of botbuilder here: the refusal costs nothing.
 */
export function teamsGate(cfg: TeamsGateConfig): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (cfg.appId) return next();
    const refuse = (message: string) => void res.status(401).json({ error: 'unauthorized', message });
    if (!cfg.local) {
      return refuse(
        'Teams is not set up: without MicrosoftAppId Vigie cannot authenticate the Bot Connector, so /api/messages refuses every request ' +
          '(set MicrosoftAppId, or VIGIE_TEAMS_LOCAL=1 to try the bot with the Bot Framework Emulator on this machine)',
      );
    }
    // The socket's own peer, never X-Forwarded-For: a proxy in front would make every caller look local.
    if (!isLoopback(req.socket.remoteAddress)) {
      return refuse('VIGIE_TEAMS_LOCAL takes activities from this machine only (the Bot Framework Emulator); set MicrosoftAppId for Teams');
    }
    next();
  };
}

/** After the body is parsed, in local mode: Vigie posts its answers to `serviceUrl`, so it must be on this machine too. */
export function localServiceUrl(cfg: TeamsGateConfig): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
    if (!cfg.appId && typeof serviceUrl === 'string' && !isLoopbackUrl(serviceUrl)) {
      res.status(401).json({
        error: 'unauthorized',
        message: "VIGIE_TEAMS_LOCAL: the activity's serviceUrl must be on this machine (localhost); Vigie posts its answers there",
      });
      return;
    }
    next();
  };
}

/** 127.0.0.0/8, ::1, and IPv4 loopback seen through an IPv6 socket. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function isLoopbackUrl(raw: string): boolean {
  let host: string;
  try {
    host = new URL(raw).hostname;
  } catch {
    return false;
  }
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || isLoopback(bare);
}
