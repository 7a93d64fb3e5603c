import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedComments, pageWebhookSchema } from '../../../adapters/facebook/feedPayload.js';
import { incomingCommentSchema } from '../../../src/moderation/IncomingComment.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/facebook/${name}.json`, import.meta.url), 'utf8')) as unknown;
const commentsOf = (name: string) => feedComments(pageWebhookSchema.parse(fixture(name)));

describe('feedComments', () => {
  it('translates a new comment: ids, author, text, creation time, post link; top-level has no parent', () => {
    const { comments, problems } = commentsOf('commentAdd');
    expect(problems).toEqual([]);
    expect(comments).toEqual([
      {
        source: 'facebook',
        externalId: '882731009182736_1290384756102938',
        pageId: '104729381234567',
        verb: 'add',
        author: { id: '6120394857362514', name: 'Jean Tremblay' },
        text: 'Bonjour, quand ouvre la piscine municipale cet été?',
        at: '2026-03-03T15:00:00.000Z',
        permalink: 'https://www.facebook.com/villesenneterre/posts/pfbid02abcDEF',
        postId: '104729381234567_882731009182736',
        fromPage: false,
      },
    ]);
    expect(incomingCommentSchema.safeParse(comments[0]).success).toBe(true);
  });

  it('orders an edit by when Meta sent it, since created_time stays the creation', () => {
    const [edit] = commentsOf('commentEdited').comments;
    expect(edit).toMatchObject({ verb: 'edit', at: '2026-03-03T15:10:00.000Z', text: expect.stringContaining('parc de planches') });
  });

  it('translates a removal, which carries no message', () => {
    const [removal] = commentsOf('commentRemove').comments;
    expect(removal).toMatchObject({ verb: 'remove', externalId: '882731009182736_1290384756102938', at: '2026-03-03T15:20:00.000Z' });
    expect(removal).not.toHaveProperty('text');
  });

  it("marks the page's own reply as staff, with the comment it answers as parent", () => {
    const [reply] = commentsOf('staffReply').comments;
    expect(reply).toMatchObject({ fromPage: true, parentId: '882731009182736_1290384756102938', author: { id: '104729381234567' } });
  });

  it('keeps only comments: reactions and Messenger events pass through', () => {
    const { comments, problems } = commentsOf('mixedBatch');
    expect(problems).toEqual([]);
    expect(comments.map((c) => c.externalId)).toEqual(['882731009100001_3344556677889900', '882731009100001_3344556677881111']);
  });

  it('lists what is wrong with a malformed comment change, with its place in the body', () => {
    const body = fixture('commentAdd') as { entry: { changes: { value: Record<string, unknown> }[] }[] };
    delete body.entry[0]!.changes[0]!.value.comment_id;
    body.entry[0]!.changes[0]!.value.created_time = 'yesterday';
    const { comments, problems } = feedComments(pageWebhookSchema.parse(body));
    expect(comments).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/^entry\[0\]\.changes\[0\]\.value\.comment_id: /),
      expect.stringMatching(/^entry\[0\]\.changes\[0\]\.value\.created_time: /),
    ]);
  });

  it('refuses an envelope that is not a Page webhook', () => {
    const r = pageWebhookSchema.safeParse({ object: 'instagram', entry: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/must be "page"/);
  });
});
