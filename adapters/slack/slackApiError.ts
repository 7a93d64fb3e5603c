/** Slack's error codes an operator can fix, with what to do about each (the raw code stays in the message). */
const ADVICE: Record<string, string> = {
  invalid_auth: 'SLACK_BOT_TOKEN is not accepted by Slack: copy the Bot User OAuth Token (xoxb-) from the app settings',
  not_authed: 'SLACK_BOT_TOKEN is missing from the request',
  account_inactive: 'the Slack app was uninstalled or its token revoked: reinstall it and update SLACK_BOT_TOKEN',
  token_revoked: 'the Slack app was uninstalled or its token revoked: reinstall it and update SLACK_BOT_TOKEN',
  channel_not_found: 'the channel does not exist or Vigie cannot see it: check SLACK_CHANNEL (a channel id such as C0123) and invite @Vigie',
  not_in_channel: 'Vigie is not a member of the channel: type /invite @Vigie in it',
  is_archived: 'the channel is archived: unarchive it or set SLACK_CHANNEL to another one',
  missing_scope: 'the Slack app lacks a scope: reinstall it from manifest.yml so it gets every scope listed there',
  message_not_found: 'the alert message was deleted in Slack',
  cant_update_message: 'only messages posted by Vigie can be updated',
  msg_too_long: 'the message is longer than Slack accepts',
  invalid_blocks: 'Slack rejected the message layout (a Vigie bug: report it with the log line)',
  ratelimited: 'Slack is rate-limiting Vigie: it will retry',
  expired_trigger_id: 'the button click is more than 3 seconds old: click again',
};

/**
 * A failed Slack Web API call in words an operator can act on ("channel_not_found: ... check SLACK_CHANNEL"),
 * instead of the library's stack trace.
 */
export class SlackApiError extends Error {
  constructor(
    readonly method: string,
    /** Slack's own error code (`channel_not_found`), or `request_failed` when Slack could not be reached. */
    readonly code: string,
    detail?: string,
  ) {
    super(`Slack ${method}: ${code}${ADVICE[code] ? ` (${ADVICE[code]})` : detail ? ` (${detail})` : ''}`);
    this.name = 'SlackApiError';
  }
}

/** Wraps whatever the WebClient threw; its platform errors carry `data.error`. */
export function slackApiError(method: string, err: unknown): SlackApiError {
  if (err instanceof SlackApiError) return err;
  const e = (err ?? {}) as { code?: unknown; data?: { error?: unknown }; message?: unknown };
  const code = typeof e.data?.error === 'string' ? e.data.error : 'request_failed';
  return new SlackApiError(method, code, typeof e.message === 'string' ? e.message : String(err));
}
