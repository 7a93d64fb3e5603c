/** A refusal from the Bot Connector, in words an operator can act on; `status` and `code` as Teams gave them. */
export class TeamsRefusal extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'TeamsRefusal';
  }

  /** Teams says the bot is no longer in the conversation: posting there again is pointless until it is re-added. */
  get notAMember(): boolean {
    return this.status === 403 && (this.code === 'BotNotInConversationRoster' || this.code === 'ConversationBlockedByUser');
  }
}

/** Turns botbuilder's RestError (statusCode, code) into a TeamsRefusal; anything else passes through unchanged. */
export function teamsRefusal(err: unknown, conversationId: string): unknown {
  const e = err as { statusCode?: unknown; code?: unknown; message?: unknown } | undefined;
  if (!e || typeof e.statusCode !== 'number') return err;
  const status = e.statusCode;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const said = typeof e.message === 'string' ? e.message : '';
  const where = `'${conversationId}'`;
  const why =
    status === 401
      ? "Teams refused Vigie's credentials: check MicrosoftAppId, MicrosoftAppPassword (and MicrosoftAppTenantId for a SingleTenant app)"
      : status === 403
        ? `Vigie is not a member of ${where} any more: add the Vigie app to it again`
        : status === 404
          ? `Teams does not know ${where} or the message to update (deleted?)`
          : status === 429
            ? 'Teams is throttling Vigie: the message can be retried in a moment'
            : `Teams answered ${status} for ${where}`;
  return new TeamsRefusal(`${why}${code || said ? ` (${[code, said].filter(Boolean).join(': ')})` : ''}`, status, code);
}
