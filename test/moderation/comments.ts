import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';

/** A public comment on the test page, as a source sends it; override what the test is about. */
export function comment(over: Partial<IncomingCommentInput> = {}): IncomingCommentInput {
  return {
    source: 'facebook',
    externalId: '882731009182736_1290384756102938',
    pageId: '104729381234567',
    author: { id: '6120394857362514', name: 'Jean Tremblay' },
    text: 'Merci pour le déneigement rapide ce matin!',
    at: '2026-03-03T15:00:00.000Z',
    postId: '104729381234567_882731009182736',
    ...over,
  };
}
