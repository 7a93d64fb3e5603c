/**
 * What a log line may carry. A comment's text and its author's name are personal information the audit log keeps
 * and the operator's log never needs; a token in a log is a token leaked to whoever reads the log. Both formats
 * (text and json) pass every message and field through here, at every level.
 */

/** Keys whose value is a comment's (or a reply's) words or a person's name: dropped, whatever they hold. */
const WORDS = new Set(['text', 'replytext', 'body', 'message', 'comment', 'author', 'authorname', 'actorname', 'name', 'username', 'user_name']);
/** Keys that name a credential: the value is replaced, so the line still says one was there. */
const CREDENTIAL = /token|secret|password|authorization|cookie|signature$/i;
const REDACTED = '[redacted]';
/** Deeper than this, a value is summarised: log fields are ids and short facts, not documents. */
const MAX_DEPTH = 4;

export interface Scrubber {
  /** The message with every known secret value replaced. */
  message(msg: string): string;
  /** The fields without words or names, with credentials and known secret values replaced. */
  fields(fields: Record<string, unknown> | undefined): Record<string, unknown>;
}

/**
 * `secrets`: the configured secret values (tokens, signing secrets, passwords). A value shorter than 6 characters is
 * not searched for: replacing every "abc" in the log would hide more than it protects.
 */
export function scrubber(secrets: (string | undefined)[]): Scrubber {
  const known = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6))].sort((a, b) => b.length - a.length);
  const message = (s: string): string => {
    let out = s;
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
  const value = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return message(v);
    if (v instanceof Error) return message(v.message);
    if (v === null || typeof v !== 'object') return v;
    if (depth >= MAX_DEPTH) return Array.isArray(v) ? `[${v.length} entries]` : '[object]';
    if (Array.isArray(v)) return v.map((x) => value(x, depth + 1));
    return object(v as Record<string, unknown>, depth + 1);
  };
  const object = (o: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (WORDS.has(k.toLowerCase())) continue;
      if (v === undefined) continue;
      out[k] = CREDENTIAL.test(k) && v !== null && typeof v !== 'boolean' ? REDACTED : value(v, depth);
    }
    return out;
  };
  return { message, fields: (fields) => (fields ? object(fields, 0) : {}) };
}

/**
 * A stable name for a log line, for a machine to count and alert on: the `event` field when the caller gave one,
 * else the message up to its first `;` or `(` as lowercase words joined by underscores.
 */
export function eventOf(msg: string, fields: Record<string, unknown> | undefined): string {
  if (fields && typeof fields.event === 'string') return fields.event;
  return (
    msg
      .split(/[;(]/)[0]!
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'log'
  );
}
