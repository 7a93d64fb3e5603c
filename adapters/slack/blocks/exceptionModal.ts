import type { types } from '@slack/bolt';
import type { Item } from '../../../src/moderation/Item.js';
import { CATEGORY_LABELS } from '../../../src/policy/categoryLabels.js';
import type { Lang } from '../../../src/policy/types.js';
import { say } from '../../../src/messages/Message.js';
import { EXCEPTION_BLOCKS, EXCEPTION_INPUT, EXCEPTION_VIEW } from '../ids.js';
import { clip, escapeMrkdwn } from '../mrkdwn.js';
import { plain, section } from './plain.js';

/** Where the modal came from: the item, and the channel to answer in. */
export interface ExceptionOrigin {
  itemId: string;
  channel?: string;
}

/**
 * "Ne plus signaler ce terme ici": the rule (one option per rule that found something), the term prefilled with what
 * the rule matched, or the author as a known organization, and why. The core checks and stores it on submission.
 */
export function exceptionModal(item: Item, lang: Lang, origin: ExceptionOrigin): types.ModalView {
  const findings = (item.check?.findings ?? []).filter((f) => f.action !== 'note');
  const byRule = [...new Map(findings.map((f) => [f.rule, f])).values()];
  const options = byRule.slice(0, 100).map((f) => ({
    text: plain(`${CATEGORY_LABELS[f.category][lang]} — ${f.match.replace(/\s+/g, ' ')}`, 75),
    value: f.rule,
  }));
  const author = item.author.name ?? item.author.id;
  return {
    type: 'modal',
    callback_id: EXCEPTION_VIEW,
    private_metadata: JSON.stringify(origin),
    title: plain(say(lang, 'exception.title'), 24),
    submit: plain(say(lang, 'exception.save'), 24),
    close: plain(say(lang, 'choice.cancel'), 24),
    blocks: [
      section(`*${escapeMrkdwn(author)}*\n>${escapeMrkdwn(clip(item.text, 1200)).replace(/\n/g, '\n>')}`),
      section(escapeMrkdwn(say(lang, 'exception.intro', { page: item.pageName ?? item.pageId }))),
      {
        type: 'input',
        block_id: EXCEPTION_BLOCKS.rule,
        label: plain(say(lang, 'exception.rule-label'), 2000),
        element: { type: 'static_select', action_id: EXCEPTION_INPUT, options, ...(options[0] ? { initial_option: options[0] } : {}) },
      },
      {
        type: 'input',
        block_id: EXCEPTION_BLOCKS.term,
        optional: true,
        label: plain(say(lang, 'exception.term-label'), 2000),
        hint: plain(say(lang, 'exception.term-hint'), 2000),
        element: {
          type: 'plain_text_input',
          action_id: EXCEPTION_INPUT,
          max_length: 200,
          ...(findings[0] ? { initial_value: clip(findings[0].match.replace(/\s+/g, ' ').trim(), 200) } : {}),
        },
      },
      {
        type: 'input',
        block_id: EXCEPTION_BLOCKS.author,
        optional: true,
        label: plain(say(lang, 'exception.author-label'), 2000),
        element: {
          type: 'checkboxes',
          action_id: EXCEPTION_INPUT,
          options: [{ text: plain(say(lang, 'exception.author-option', { author }), 75), value: 'author' }],
        },
      },
      {
        type: 'input',
        block_id: EXCEPTION_BLOCKS.why,
        label: plain(say(lang, 'exception.why-label'), 2000),
        hint: plain(say(lang, 'exception.why-hint'), 2000),
        element: { type: 'plain_text_input', action_id: EXCEPTION_INPUT, multiline: true, max_length: 500 },
      },
    ],
  };
}
