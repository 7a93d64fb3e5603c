import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import type { YouTubeComment } from './youtubeResources.js';

/** What the poller knows of the channel being watched. */
export interface ChannelRef {
  /** $YOUTUBE_CHANNEL_ID: the page id of every YouTube item (routing keys on it). */
  channelId: string;
}

/**
 * One YouTube comment (top-level or reply) as Vigie's comment events. A comment edited before Vigie first saw it
 * gives two events, its creation then its edit, so the item keeps its real time of receipt (the reply deadline
 * counts from it) and holds the current text; a re-poll repeats both at the same instants, which the store
 * recognizes as already seen.
 */
export function commentEvents(comment: YouTubeComment, channel: ChannelRef): IncomingCommentInput[] {
  const s = comment.snippet;
  const author = s.authorChannelId?.value;
  const text = s.textOriginal ?? s.textDisplay ?? '';
  const base: Omit<IncomingCommentInput, 'verb' | 'at'> = {
    source: 'youtube',
    externalId: comment.id,
    pageId: channel.channelId,
    author: { id: author ?? 'unknown', ...(s.authorDisplayName ? { name: s.authorDisplayName.slice(0, 200) } : {}) },
    text,
    ...(s.videoId
      ? {
          postId: s.videoId,
          // `lc` opens the video with this comment highlighted.
          permalink: `https://www.youtube.com/watch?v=${encodeURIComponent(s.videoId)}&lc=${encodeURIComponent(comment.id)}`,
        }
      : {}),
    ...(s.parentId ? { parentId: s.parentId } : {}),
    // The channel's own comments are staff answers: they stop the thread's reply clock instead of being checked.
    fromPage: author !== undefined && author === channel.channelId,
  };
  const added: IncomingCommentInput = { ...base, verb: 'add', at: s.publishedAt };
  const edited = s.updatedAt !== undefined && Date.parse(s.updatedAt) > Date.parse(s.publishedAt);
  if (!edited || base.fromPage) return [added];
  return [added, { ...base, verb: 'edit', at: s.updatedAt! }];
}
