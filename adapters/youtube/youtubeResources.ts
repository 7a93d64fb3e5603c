import { z } from 'zod';

/**
 * The parts of the YouTube Data API v3 resources Vigie reads (commentThreads.list, comments.list), validated once
 * at the edge. Loose objects: YouTube adds fields, and only these matter.
 */
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant' });

export const commentSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    authorDisplayName: z.string().optional(),
    /** Absent for a few deleted or anonymous authors. */
    authorChannelId: z.looseObject({ value: z.string().min(1) }).optional(),
    videoId: z.string().optional(),
    /** With textFormat=plainText, the text as shown; textOriginal only reaches the comment's author. */
    textDisplay: z.string().optional(),
    textOriginal: z.string().optional(),
    /** Set on a reply: the top-level comment (= the thread id). */
    parentId: z.string().optional(),
    publishedAt: instant,
    updatedAt: instant.optional(),
  }),
});
export type YouTubeComment = z.output<typeof commentSchema>;

export const commentThreadSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    videoId: z.string().optional(),
    topLevelComment: commentSchema,
    totalReplyCount: z.number().int().min(0).default(0),
  }),
  /** A subset of the replies (at most five, YouTube's choice); comments.list?parentId= has them all. */
  replies: z.looseObject({ comments: z.array(commentSchema).default([]) }).optional(),
});
export type YouTubeThread = z.output<typeof commentThreadSchema>;

/** A page of a list answer. Its items are validated one by one, so that one odd item is skipped, not the page. */
export const pageSchema = z.looseObject({
  nextPageToken: z.string().optional(),
  items: z.array(z.unknown()).default([]),
});

/** Google's error envelope: `error.errors[].reason` says quotaExceeded, rateLimitExceeded, commentsDisabled... */
export const googleErrorSchema = z.looseObject({
  error: z
    .looseObject({
      code: z.number().optional(),
      message: z.string().optional(),
      status: z.string().optional(),
      errors: z.array(z.looseObject({ reason: z.string().optional(), message: z.string().optional() })).optional(),
    })
    .optional(),
});
