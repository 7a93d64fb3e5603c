import { processItem } from '../../src/moderation/processItem.js';
import { receiveComment } from '../../src/moderation/receiveComment.js';
import type { Item } from '../../src/moderation/Item.js';
import type { ShellSession } from './ShellCommand.js';
import { message } from '../../src/messages/Message.js';
import { UserError } from '../../src/messages/UserError.js';

export interface TypedComment {
  text: string;
  author?: string;
  page?: string;
  /** Check under this policy: the comment goes to the console page of that policy. */
  policy?: string;
}

let sequence = 0;

/**
 * A comment typed or read from a file enters the real pipeline as a source named `console` would send it:
 * received (stored), then processed (checked, routed, deadline opened, alerts on every surface).
 */
export async function feedComment(session: ShellSession, c: TypedComment): Promise<Item> {
  const { ctx } = session;
  let pageId = c.page ?? 'console';
  if (c.policy) {
    if (!ctx.policies.has(c.policy)) {
      throw new UserError(message('policy.unknown', { policy: c.policy, known: [...ctx.policies.keys()].join(', ') }));
    }
    // One console page per policy, routed like a real page, so samples written for Senneterre are judged by
    // Senneterre's policy whatever the default is.
    pageId = c.page ?? `console-${c.policy}`;
    ctx.routing ??= { default: { policyId: ctx.defaultPolicyId, channels: {} }, pages: new Map(), origin: 'console' };
    if (!ctx.routing.pages.has(pageId)) {
      ctx.routing.pages.set(pageId, { policyId: c.policy, channels: {}, pageName: `Console (${c.policy})` });
    }
  }
  const now = ctx.now();
  sequence += 1;
  const author = c.author?.trim() || 'Console';
  const { item } = await receiveComment(ctx, {
    source: 'console',
    externalId: `${now.getTime().toString(36)}-${sequence}`,
    pageId,
    pageName: ctx.routing?.pages.get(pageId)?.pageName ?? pageId,
    author: { id: author.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), name: author },
    text: c.text,
    at: now.toISOString(),
  });
  return processItem(ctx, item.id);
}
