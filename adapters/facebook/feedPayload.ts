import { z } from 'zod';
import type { CommentVerb, IncomingCommentInput } from '../../src/moderation/IncomingComment.js';

/**
 * Meta's Page webhook envelope: `entry[].changes[]`, one change per field. Only `feed` changes about comments
 * matter here; posts, reactions and Messenger events pass through unread.
 */
/** The last instant a JavaScript Date can hold, in milliseconds: beyond it `toISOString` throws. */
const LAST_MS = 8.64e15;
const UNIX_TIME = 'must be a unix time (seconds, or milliseconds since 1970)';
/** Meta's times: unix seconds, sometimes milliseconds (told apart by size in `toIso`), always a real instant. */
const unixTime = z.number({ error: UNIX_TIME }).int({ error: UNIX_TIME }).min(0, { error: UNIX_TIME }).max(LAST_MS, { error: UNIX_TIME });

export const pageWebhookSchema = z.looseObject({
  object: z.literal('page', { error: 'must be "page" (subscribe the app to the Page object)' }),
  entry: z.array(
    z.looseObject({
      /** The page id. */
      id: z.string().min(1),
      /** When Meta sent the change (unix seconds; some deliveries use milliseconds). */
      time: z.number({ error: UNIX_TIME }).min(0, { error: UNIX_TIME }).max(LAST_MS, { error: UNIX_TIME }).optional(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })).default([]),
    }),
  ),
});

/** `value` of a `feed` change whose `item` is `comment`. */
export const feedCommentSchema = z.looseObject({
  item: z.literal('comment'),
  verb: z.enum(['add', 'edited', 'edit', 'remove', 'hide', 'unhide']),
  comment_id: z.string().min(1),
  post_id: z.string().min(1),
  parent_id: z.string().optional(),
  /** Absent on some removals. */
  from: z.looseObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  /** Absent for a photo or sticker alone. */
  message: z.string().optional(),
  /** Unix seconds. */
  created_time: unixTime,
  post: z.looseObject({ permalink_url: z.string().optional(), id: z.string().optional() }).optional(),
});

const VERBS: Record<z.output<typeof feedCommentSchema>['verb'], CommentVerb> = {
  add: 'add',
  edited: 'edit',
  edit: 'edit',
  remove: 'remove',
  hide: 'hide',
  unhide: 'unhide',
};

const toIso = (unix: number) => new Date(unix > 1e12 ? unix : unix * 1000).toISOString();

/** `value` of a `feed` change announcing a publication (status, photo, video, link...). */
const feedPostSchema = z.looseObject({
  item: z.enum(['status', 'post', 'photo', 'video', 'link', 'share', 'event']),
  verb: z.string(),
  post_id: z.string().min(1),
  from: z.looseObject({ id: z.string().min(1) }).optional(),
  created_time: unixTime,
  published: z.union([z.number(), z.boolean()]).optional(),
});

export interface PagePost {
  pageId: string;
  postId: string;
  at: Date;
}

export interface FeedComments {
  comments: IncomingCommentInput[];
  /** Publications by the page itself, counted for the posts-a-day limit. */
  pagePosts: PagePost[];
  /** One line per malformed comment change: where it is and what is wrong. */
  problems: string[];
}

/** The comment events of a validated webhook body, translated to Vigie's IncomingComment. */
export function feedComments(body: z.output<typeof pageWebhookSchema>): FeedComments {
  const comments: IncomingCommentInput[] = [];
  const pagePosts: PagePost[] = [];
  const problems: string[] = [];
  body.entry.forEach((entry, i) => {
    entry.changes.forEach((change, j) => {
      const value = change.value as { item?: unknown } | undefined;
      if (change.field !== 'feed') return;
      const post = feedPostSchema.safeParse(value);
      if (post.success) {
        const p = post.data;
        // Only the page's own, published additions count against its posts-a-day limit.
        if (p.verb === 'add' && p.from?.id === entry.id && p.published !== 0 && p.published !== false) {
          pagePosts.push({ pageId: entry.id, postId: p.post_id, at: new Date(toIso(p.created_time)) });
        }
        return;
      }
      if (value?.item !== 'comment') return;
      const parsed = feedCommentSchema.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`entry[${i}].changes[${j}].value${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`);
        }
        return;
      }
      const v = parsed.data;
      const verb = VERBS[v.verb];
      // created_time is the comment's creation; a later change (edit, removal) is ordered by when Meta sent it.
      const eventTime =
        verb === 'add'
          ? v.created_time
          : Math.max(v.created_time, Math.floor((entry.time ?? 0) > 1e12 ? (entry.time ?? 0) / 1000 : (entry.time ?? 0)));
      const permalink = v.post?.permalink_url;
      comments.push({
        source: 'facebook',
        externalId: v.comment_id,
        pageId: entry.id,
        verb,
        author: v.from ? { id: v.from.id, ...(v.from.name ? { name: v.from.name } : {}) } : { id: 'unknown' },
        ...(verb === 'add' || verb === 'edit' ? { text: v.message ?? '' } : v.message !== undefined ? { text: v.message } : {}),
        at: toIso(eventTime),
        ...(permalink && /^https?:\/\//.test(permalink) ? { permalink } : {}),
        postId: v.post_id,
        // A top-level comment's parent is the post itself; only a comment parent makes a thread.
        ...(v.parent_id && v.parent_id !== v.post_id ? { parentId: v.parent_id } : {}),
        fromPage: v.from?.id === entry.id,
      });
    });
  });
  return { comments, pagePosts, problems };
}
