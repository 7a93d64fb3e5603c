import { z } from 'zod';
import type { IncomingCommentInput } from '../../src/moderation/IncomingComment.js';

/** The last instant a JavaScript Date can hold, in milliseconds: beyond it `toISOString` throws. */
const LAST_MS = 8.64e15;
const UNIX_TIME = 'must be a unix time (milliseconds since 1970)';

/** The Messenger Platform's part of a Page delivery: `entry[].messaging[]` (the `messages` field of the Page subscription). */
export const pageMessagingSchema = z.looseObject({
  object: z.literal('page', { error: 'must be "page" (subscribe the app to the Page object)' }),
  entry: z.array(
    z.looseObject({
      id: z.string().min(1),
      messaging: z.array(z.unknown()).default([]),
    }),
  ),
});

/** One messaging event that carries a message (deliveries, reads and postbacks carry none and are skipped). */
export const messageEventSchema = z.looseObject({
  sender: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
  timestamp: z.number({ error: UNIX_TIME }).int({ error: UNIX_TIME }).min(0, { error: UNIX_TIME }).max(LAST_MS, { error: UNIX_TIME }),
  message: z.looseObject({
    mid: z.string().min(1),
    /** Absent for an attachment alone (a photo, a sticker). */
    text: z.string().optional(),
    /** The Page's own message, sent from the inbox or by an app (Vigie's replies come back this way too). */
    is_echo: z.boolean().optional(),
  }),
});

/** A message the Page sent to a person (echo): it answers whatever that person is waiting for. */
export interface PageAnswer {
  pageId: string;
  /** The person's page-scoped id (recipient of the echo). */
  psid: string;
  mid: string;
  text: string;
  at: string;
}

export interface PageMessages {
  /** Messages people sent to the Page: items of kind `message`. */
  messages: IncomingCommentInput[];
  answers: PageAnswer[];
  problems: string[];
}

const toIso = (ms: number) => new Date(ms > 1e12 ? ms : ms * 1000).toISOString();

/** The messages and the Page's answers of a validated delivery, in order. */
export function pageMessages(body: z.output<typeof pageMessagingSchema>): PageMessages {
  const messages: IncomingCommentInput[] = [];
  const answers: PageAnswer[] = [];
  const problems: string[] = [];
  body.entry.forEach((entry, i) => {
    entry.messaging.forEach((raw, j) => {
      if (!raw || typeof raw !== 'object' || !('message' in raw)) return;
      const parsed = messageEventSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`entry[${i}].messaging[${j}]${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`);
        }
        return;
      }
      const e = parsed.data;
      const at = toIso(e.timestamp);
      if (e.message.is_echo || e.sender.id === entry.id) {
        answers.push({ pageId: entry.id, psid: e.recipient.id, mid: e.message.mid, text: e.message.text ?? '', at });
        return;
      }
      messages.push({
        source: 'messenger',
        externalId: e.message.mid,
        pageId: entry.id,
        kind: 'message',
        verb: 'add',
        // Messenger sends no name: the page-scoped id is all Vigie knows of the sender, and all it needs to answer.
        author: { id: e.sender.id },
        text: e.message.text ?? '',
        at,
      });
    });
  });
  return { messages, answers, problems };
}
