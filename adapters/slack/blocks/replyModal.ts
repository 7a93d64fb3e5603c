import type { types } from '@slack/bolt';
import type { Item } from '../../../src/moderation/Item.js';
import type { Lang } from '../../../src/policy/types.js';
import { say } from '../../../src/messages/Message.js';
import { REPLY_INPUT_ACTION, REPLY_INPUT_BLOCK, REPLY_VIEW } from '../ids.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import { plain, section } from './plain.js';

/** Where the reply modal came from, so its submission can decide and answer in the alert's channel. */
export interface ReplyOrigin {
  itemId: string;
  channel?: string;
  ts?: string;
}

/** The reply modal: the comment, and the reply the policy prescribes, ready to adapt before it is published. */
export function replyModal(item: Item, template: string, lang: Lang, origin: ReplyOrigin): types.ModalView {
  return {
    type: 'modal',
    callback_id: REPLY_VIEW,
    private_metadata: JSON.stringify(origin),
    title: plain(say(lang, 'choice.reply'), 24),
    submit: plain(say(lang, 'choice.publish'), 24),
    close: plain(say(lang, 'choice.cancel'), 24),
    blocks: [
      section(`*${escapeMrkdwn(item.author.name ?? item.author.id)}*\n>${escapeMrkdwn(clip(item.text, 1500)).replace(/\n/g, '\n>')}`),
      {
        type: 'input',
        block_id: REPLY_INPUT_BLOCK,
        label: plain(say(lang, 'reply.label'), 2000),
        hint: plain(say(lang, 'reply.hint'), 2000),
        element: {
          type: 'plain_text_input',
          action_id: REPLY_INPUT_ACTION,
          multiline: true,
          max_length: 3000,
          ...(template ? { initial_value: clip(template, 3000) } : {}),
        },
      },
    ],
  };
}
