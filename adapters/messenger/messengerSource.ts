import type { Context } from '../../src/moderation/Context.js';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';
import { issueLines } from '../../src/issueLines.js';
import { graphClient } from '../facebook/graphActions.js';
import type { SourceAdapter, SourceDeps } from '../SourceAdapter.js';
import type { MetaObject } from '../webhooks/metaRouter.js';
import { conversations } from './conversations.js';
import { messengerActions } from './messengerActions.js';
import { pageMessages, pageMessagingSchema } from './messagingPayload.js';

/**
 * The reader of a Page delivery's `messaging[]`: each person's message becomes an item of kind `message`; each of
 * the Page's own messages to that person (an echo) is a staff answer to every message of theirs Vigie keeps, which
 * stops their reply clocks (Vigie's own replies, echoed too, are recognized and not counted twice).
 */
export function pageMessaging(ctx: Pick<Context, 'store'>): MetaObject {
  return {
    object: 'page',
    read(json) {
      const envelope = pageMessagingSchema.safeParse(json);
      if (!envelope.success) return { invalid: issueLines(envelope.error, '(body)') };
      const { messages, answers, problems } = pageMessages(envelope.data);
      const threads = conversations(ctx.store);
      return {
        comments: messages,
        problems,
        store: async () => {
          for (const m of messages) await threads.add(m.pageId, m.author.id, m.externalId);
          const staff: IncomingCommentInput[] = [];
          for (const a of answers) {
            for (const mid of await threads.mids(a.pageId, a.psid)) {
              staff.push({
                source: 'messenger',
                externalId: a.mid,
                pageId: a.pageId,
                kind: 'message',
                author: { id: a.pageId },
                text: a.text,
                at: a.at,
                parentId: mid,
                fromPage: true,
              });
            }
          }
          return staff;
        },
      };
    },
  };
}

/**
 * Private messages to the Page (Messenger Platform, `messages` on the Page subscription): they arrive with the
 * Page's deliveries at `/webhooks/facebook` (through `metaObject`, mounted by the composition root there) and are
 * answered through the Send API with FACEBOOK_PAGE_TOKEN (pages_messaging). No token: nothing can answer them from
 * Vigie, and Reply says so.
 */
export function messengerSource({ ctx, config }: SourceDeps): SourceAdapter & { metaObject: MetaObject } {
  const fb = config.facebook;
  const call = fb.pageToken ? graphClient({ pageToken: fb.pageToken, graphUrl: fb.graphUrl, dryRun: config.dryRun, log: ctx.log }) : undefined;
  return {
    source: { name: 'messenger', owns: (item) => item.source === 'messenger', ...(call ? { actions: messengerActions(call, ctx) } : {}) },
    metaObject: pageMessaging(ctx),
  };
}
