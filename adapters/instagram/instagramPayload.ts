import { z } from 'zod';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';

/** The last instant a JavaScript Date can hold, in milliseconds: beyond it `toISOString` throws. */
const LAST_MS = 8.64e15;
const UNIX_TIME = 'must be a unix time (seconds, or milliseconds since 1970)';

/**
 * Meta's `instagram` webhook envelope: `entry[].changes[]`, one change per field, `entry.id` being the Instagram
 * professional account. Only `comments` and `live_comments` matter here; mentions, story insights and messaging
 * pass through unread.
 */
export const instagramWebhookSchema = z.looseObject({
  object: z.literal('instagram', { error: 'must be "instagram" (subscribe the app to the Instagram object)' }),
  entry: z.array(
    z.looseObject({
      /** The Instagram account id (routing key in VIGIE_ROUTING). */
      id: z.string().min(1),
      /** When Meta sent the change: Instagram comments carry no creation time of their own. */
      time: z.number({ error: UNIX_TIME }).min(0, { error: UNIX_TIME }).max(LAST_MS, { error: UNIX_TIME }),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })).default([]),
    }),
  ),
});

/** `value` of a `comments` or `live_comments` change. */
export const instagramCommentSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string().optional(),
  from: z.looseObject({ id: z.string().min(1), username: z.string().optional() }),
  media: z.looseObject({ id: z.string().min(1), media_product_type: z.string().optional() }).optional(),
  /** Set on a reply in a thread. */
  parent_id: z.string().optional(),
});

export const INSTAGRAM_FIELDS = ['comments', 'live_comments'];

const toIso = (unix: number) => new Date(unix > 1e12 ? unix : unix * 1000).toISOString();

/**
 * The comments of a validated `instagram` delivery, as IncomingComment. A comment by the account itself is a staff
 * reply (it stops its parent's reply clock). Instagram sends additions only: no edit, hide or removal events.
 */
export function instagramComments(body: z.output<typeof instagramWebhookSchema>): { comments: IncomingCommentInput[]; problems: string[] } {
  const comments: IncomingCommentInput[] = [];
  const problems: string[] = [];
  body.entry.forEach((entry, i) => {
    entry.changes.forEach((change, j) => {
      if (!INSTAGRAM_FIELDS.includes(change.field)) return;
      const parsed = instagramCommentSchema.safeParse(change.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`entry[${i}].changes[${j}].value${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`);
        }
        return;
      }
      const v = parsed.data;
      comments.push({
        source: 'instagram',
        externalId: v.id,
        pageId: entry.id,
        verb: 'add',
        author: { id: v.from.id, ...(v.from.username ? { name: `@${v.from.username}` } : {}) },
        text: v.text ?? '',
        at: toIso(entry.time),
        ...(v.media ? { postId: v.media.id } : {}),
        ...(v.parent_id ? { parentId: v.parent_id } : {}),
        fromPage: v.from.id === entry.id,
      });
    });
  });
  return { comments, problems };
}
