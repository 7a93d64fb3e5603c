import type { Logger } from '../../src/moderation/Context.js';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import { issueLines } from '../../src/issueLines.js';
import { commentEvents } from './commentEvents.js';
import type { YouTubeClient } from './youtubeClient.js';
import { commentSchema, commentThreadSchema, pageSchema, type YouTubeComment, type YouTubeThread } from './youtubeResources.js';

/** A thread whose new replies are looked for on every pass: its id, creation and the replies counted so far. */
export interface WatchedThread {
  id: string;
  publishedAt: string;
  replies: number;
}

/** Where polling stands, kept in the store: what the next pass starts from. */
export interface PollCursor {
  /** publishedAt of the newest top-level comment taken; absent before the first pass. */
  newest?: string;
  /** Recent threads, newest first: listing by time shows new threads only, so replies on them are read by id. */
  watched: WatchedThread[];
}

/**
 * Threads listed again behind the newest one already taken: a comment can reach the listing a little after a newer
 * one (YouTube indexes asynchronously). The store recognizes those seen twice, so this costs reads, not alerts.
 */
export const OVERLAP_MS = 10 * 60_000;
/** The first pass, with no cursor yet, takes the comments of the last day, not the channel's whole history. */
export const FIRST_LOOKBACK_MS = 24 * 3_600_000;
/** Replies are looked for on threads this recent, at most WATCH_MAX of them (one list call per 50). */
export const WATCH_DAYS = 7;
export const WATCH_MAX = 100;
const BY_ID = 50;

export interface PassDeps {
  client: YouTubeClient;
  channelId: string;
  log: Logger;
}

export interface PassResult {
  /** The comment events found, each thread's top-level comment before its replies. */
  events: IncomingCommentInput[];
  /** The cursor once these events are stored. */
  cursor: PollCursor;
}

/** Thrown with the events found before a call failed, so they are stored even though the cursor stays put. */
export class PassInterrupted extends Error {
  constructor(
    override readonly cause: unknown,
    readonly events: IncomingCommentInput[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PassInterrupted';
  }
}

/**
 * One polling pass over the channel at `now`: the threads created since the cursor (newest first, page by page,
 * `order=time`), then the replies added to recent threads. Makes YouTube calls only; storing the events and then
 * the cursor is the caller's, in that order, so a crash between the two repeats comments (recognized by the
 * store) rather than losing them.
 */
export async function pollPass(deps: PassDeps, cursor: PollCursor, now: Date): Promise<PassResult> {
  const events: IncomingCommentInput[] = [];
  try {
    return await run(deps, cursor, now, events);
  } catch (err) {
    throw new PassInterrupted(err, events);
  }
}

async function run(deps: PassDeps, cursor: PollCursor, now: Date, events: IncomingCommentInput[]): Promise<PassResult> {
  const channel = { channelId: deps.channelId };
  const floor = cursor.newest ? Date.parse(cursor.newest) - OVERLAP_MS : now.getTime() - FIRST_LOOKBACK_MS;
  const known = new Map(cursor.watched.map((w) => [w.id, w]));
  const seen = new Map<string, WatchedThread>();
  let newest = cursor.newest ? Date.parse(cursor.newest) : undefined;

  const take = async (thread: YouTubeThread) => {
    const top = thread.snippet.topLevelComment;
    events.push(...commentEvents(top, channel));
    const before = known.get(thread.id)?.replies ?? 0;
    const total = thread.snippet.totalReplyCount;
    if (total > before) {
      const included = thread.replies?.comments ?? [];
      const replies = included.length >= total ? included : await allReplies(deps, thread.id);
      for (const r of [...replies].sort(byPublished)) events.push(...commentEvents(r, channel));
    }
    seen.set(thread.id, { id: thread.id, publishedAt: top.snippet.publishedAt, replies: total });
  };

  // New threads, newest first, down to the cursor (less the overlap).
  let pageToken: string | undefined;
  listing: for (;;) {
    const page = await deps.client.call({
      method: 'commentThreads.list',
      query: {
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: deps.channelId,
        order: 'time',
        maxResults: '100',
        textFormat: 'plainText',
        ...(pageToken ? { pageToken } : {}),
      },
    });
    const { items, next } = threads(page, deps.log);
    for (const thread of items) {
      const at = Date.parse(thread.snippet.topLevelComment.snippet.publishedAt);
      if (at < floor) break listing;
      newest = Math.max(newest ?? at, at);
      await take(thread);
    }
    if (!next) break;
    pageToken = next;
  }

  // Replies on recent threads not listed above: read by id, fifty a call.
  const again = cursor.watched.filter((w) => !seen.has(w.id));
  for (let i = 0; i < again.length; i += BY_ID) {
    const ids = again.slice(i, i + BY_ID).map((w) => w.id);
    const page = await deps.client.call({
      method: 'commentThreads.list',
      query: { part: 'snippet,replies', id: ids.join(','), textFormat: 'plainText' },
    });
    // A thread that is not returned was deleted: it is no longer watched.
    for (const thread of threads(page, deps.log).items) await take(thread);
  }

  const recent = now.getTime() - WATCH_DAYS * 86_400_000;
  const watched = [...seen.values()]
    .filter((w) => Date.parse(w.publishedAt) >= recent)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, WATCH_MAX);
  return { events, cursor: { ...(newest !== undefined ? { newest: new Date(newest).toISOString() } : {}), watched } };
}

const byPublished = (a: YouTubeComment, b: YouTubeComment) => Date.parse(a.snippet.publishedAt) - Date.parse(b.snippet.publishedAt);

/** Every reply of a thread (comments.list?parentId=, a hundred a page). */
async function allReplies(deps: PassDeps, parentId: string): Promise<YouTubeComment[]> {
  const out: YouTubeComment[] = [];
  let pageToken: string | undefined;
  for (;;) {
    const page = await deps.client.call({
      method: 'comments.list',
      query: { part: 'snippet', parentId, maxResults: '100', textFormat: 'plainText', ...(pageToken ? { pageToken } : {}) },
    });
    const parsed = pageSchema.safeParse(page);
    if (!parsed.success) {
      deps.log.warn('youtube: a replies page could not be read; skipped', { parentId, problem: issueLines(parsed.error, '(page)')[0] });
      return out;
    }
    for (const raw of parsed.data.items) {
      const c = commentSchema.safeParse(raw);
      if (c.success) out.push(c.data);
      else deps.log.warn('youtube: a reply could not be read; skipped', { parentId, problem: issueLines(c.error, '(comment)')[0] });
    }
    if (!parsed.data.nextPageToken) return out;
    pageToken = parsed.data.nextPageToken;
  }
}

/** The threads of a page, each validated on its own: one odd thread is skipped (and logged), not the channel. */
function threads(page: unknown, log: Logger): { items: YouTubeThread[]; next?: string } {
  const parsed = pageSchema.safeParse(page);
  if (!parsed.success) {
    log.warn('youtube: a page of comment threads could not be read; skipped', { problem: issueLines(parsed.error, '(page)')[0] });
    return { items: [] };
  }
  const items: YouTubeThread[] = [];
  for (const raw of parsed.data.items) {
    const t = commentThreadSchema.safeParse(raw);
    if (t.success) items.push(t.data);
    else log.warn('youtube: a comment thread could not be read; skipped', { problem: issueLines(t.error, '(thread)')[0] });
  }
  return { items, ...(parsed.data.nextPageToken ? { next: parsed.data.nextPageToken } : {}) };
}
