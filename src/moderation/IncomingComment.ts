import { z } from 'zod';

/** What a source can tell Vigie about a comment: it was added, edited, removed, or hidden/unhidden on the page. */
export const COMMENT_VERBS = ['add', 'edit', 'remove', 'hide', 'unhide'] as const;
export type CommentVerb = (typeof COMMENT_VERBS)[number];

const id = z.string().trim().min(1, 'must be a non-empty id').max(200);
const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with a time zone, e.g. 2026-03-02T14:05:00Z' });

/**
 * One comment event from any source (Facebook webhook, the generic signed webhook, the console), validated once
 * at the boundary. The generic webhook's JSON is exactly this shape (docs/webhooks.md).
 */
export const incomingCommentSchema = z
  .object({
    /** Where it comes from: 'facebook', 'instagram', 'youtube', 'website'... Part of the item id. */
    source: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lowercase letters, digits, "-" or "_", e.g. "instagram"'),
    /** The platform's own comment id. */
    externalId: id,
    /** Page or account the comment was posted on (routing picks the policy and channels from it). */
    pageId: id,
    pageName: z.string().max(200).optional(),
    verb: z.enum(COMMENT_VERBS).default('add'),
    kind: z.enum(['comment', 'message']).default('comment'),
    author: z.object({ id, name: z.string().max(200).optional() }),
    /** Required when a comment is added or edited; empty for a photo or a sticker alone. */
    text: z.string().max(20_000, 'at most 20 000 characters').optional(),
    /**
     * The platform's time of this event (creation for `add`, the change for the other verbs): redeliveries
     * arrive out of order, and the newest event wins.
     */
    at: isoInstant,
    permalink: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    postId: id.optional(),
    /** The comment this one answers, when it is a reply in a thread. */
    parentId: id.optional(),
    /** Written by the page itself (staff): a reply that stops the parent's reply clock. */
    fromPage: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if ((c.verb === 'add' || c.verb === 'edit') && !c.fromPage && c.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `is required when a comment is ${c.verb === 'add' ? 'added' : 'edited'}` });
    }
  });

export type IncomingComment = z.output<typeof incomingCommentSchema>;
/** The shape a source sends, before defaults are applied. */
export type IncomingCommentInput = z.input<typeof incomingCommentSchema>;

/** The item id of a comment: unique across sources. */
export function itemIdOf(source: string, externalId: string): string {
  return `${source}:${externalId}`;
}
