import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Headers of a request signed as Slack signs it; `timestamp` in seconds (default: now). */
export function slackHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}

/** A slash command as Slack posts it (form fields). */
export function commandBody(fields: { command: string; text: string; user_id: string; channel_id?: string; user_name?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0VIGIE',
    team_domain: 'vigie',
    channel_id: fields.channel_id ?? 'C0ALERTS',
    channel_name: 'moderation',
    user_id: fields.user_id,
    user_name: fields.user_name ?? fields.user_id.toLowerCase(),
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0VIGIE',
    response_url: 'https://hooks.slack.com/commands/T0VIGIE/1/abc',
    trigger_id: '1.2.abc',
  }).toString();
}

/** An interactivity payload (buttons, shortcuts, modals) as Slack posts it: one form field `payload` holding JSON. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Posts a signed body to a URL; `sign: false` sends it unsigned, `timestamp` signs it at another instant. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string; json(): unknown }> {
  const headers = {
    ...slackHeaders(secret, body, opts.timestamp),
    ...(opts.signature ? { 'x-slack-signature': opts.signature } : {}),
    ...opts.headers,
  };
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as unknown };
}

/** Julie's submission of the Reply modal (whose private metadata names the item) with `value` in its text box, as Slack posts it. */
export function replySubmissionBody(privateMetadata: string, value: string): string {
  return interactionBody({
    type: 'view_submission',
    team: { id: 'T0VIGIE', domain: 'vigie' },
    user: { id: 'U0JULIE', username: 'julie', name: 'julie', team_id: 'T0VIGIE' },
    api_app_id: 'A0VIGIE',
    token: 'legacy',
    trigger_id: 'trig-submit',
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: 'vigie_reply_submit',
      private_metadata: privateMetadata,
      state: { values: { vigie_reply_text: { vigie_reply_input: { type: 'plain_text_input', value } } } },
      hash: 'h',
      title: { type: 'plain_text', text: 'Répondre' },
      blocks: [],
    },
  });
}
