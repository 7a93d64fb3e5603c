import type { Item } from '../../src/moderation/Item.js';

let seq = 0;

/** An open item waiting for a reply, received at `receivedAt` (a Date). */
export function makeItem(receivedAt: Date, overrides: Partial<Item> = {}): Item {
  const n = ++seq;
  return {
    id: `facebook:c${n}`,
    source: 'facebook',
    externalId: `c${n}`,
    pageId: 'page-1',
    pageName: 'Emploi Québec',
    policyId: 'test-qc',
    kind: 'comment',
    author: { id: `u${n}`, name: `Citoyen ${n}` },
    text: `Question numéro ${n} : quand ouvre le bureau?`,
    permalink: `https://www.facebook.com/page-1/posts/1?comment_id=c${n}`,
    receivedAt: receivedAt.toISOString(),
    status: 'open',
    needsReply: true,
    updatedAt: receivedAt.toISOString(),
    ...overrides,
  };
}
