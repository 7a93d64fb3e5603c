import type { Actor } from './ChatSurface.js';

/**
 * How a person is named in $VIGIE_MODERATORS: the surface, then that surface's own user id (`slack:U0JULIE`,
 * `teams:<Entra object id>`), or `console` for the local console. Ids are only unique within one surface: a Teams
 * activity could carry a Slack moderator's id, so an id never counts outside the surface that issued it.
 */
export function moderatorKey(actor: Pick<Actor, 'surface' | 'id'>): string {
  return actor.surface === 'shell' ? 'console' : `${actor.surface}:${actor.id}`;
}

/** The entries of $VIGIE_MODERATORS (comma-separated), as the server's configuration and the CLI both read them. */
export function moderatorList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether `actor` may decide; an empty list lets anyone in the channel decide. */
export function isModerator(moderators: readonly string[], actor: Pick<Actor, 'surface' | 'id'>): boolean {
  return moderators.length === 0 || moderators.includes(moderatorKey(actor));
}

/** The surfaces a moderator entry may name, and what a valid entry looks like (for the start-up message). */
export const MODERATOR_FORMS = 'slack:<Slack user id>, teams:<Microsoft Entra object id> or console';

/**
 * The problem with one entry of $VIGIE_MODERATORS, or undefined. A bare id (the form before ids were scoped) is
 * refused rather than guessed: read as "any surface", a Teams caller could claim a Slack moderator's id.
 */
export function moderatorEntryProblem(entry: string): string | undefined {
  if (entry === 'console') return undefined;
  const m = /^(slack|teams):(.+)$/.exec(entry);
  if (m && /^\S+$/.test(m[2]!)) return undefined;
  const hint = /^[UW][A-Z0-9]{2,}$/.test(entry) ? ` (a Slack id? write slack:${entry})` : '';
  return `'${entry}' names no surface${hint}: write ${MODERATOR_FORMS}`;
}
