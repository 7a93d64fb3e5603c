import type { Decision } from '../../src/moderation/Item.js';

/** The slash command, as declared in manifest.yml. */
export const CHECKPOST_COMMAND = '/checkpost';
/** Message shortcut "Vérifier ce message / Check this message". */
export const CHECK_MESSAGE_SHORTCUT = 'vigie_check_message';
/** The reply modal, opened by the Reply button. */
export const REPLY_VIEW = 'vigie_reply_submit';
export const REPLY_INPUT_BLOCK = 'vigie_reply_text';
export const REPLY_INPUT_ACTION = 'vigie_reply_input';

/** Stable action ids of the alert buttons; each button's `value` is the item id. */
export const DECISION_ACTIONS = {
  vigie_approve: 'approve',
  vigie_hide: 'hide',
  vigie_reply: 'reply',
  vigie_delete: 'delete',
} as const satisfies Record<string, Decision>;
export type DecisionActionId = keyof typeof DECISION_ACTIONS;

/** "Ne plus signaler ce terme ici": the alert's button (value: the item id), and the modal it opens. */
export const EXCEPTION_ACTION = 'vigie_exception';
export const EXCEPTION_VIEW = 'vigie_exception_submit';
export const EXCEPTION_BLOCKS = {
  rule: 'vigie_exception_rule',
  term: 'vigie_exception_term',
  author: 'vigie_exception_author',
  why: 'vigie_exception_why',
} as const;
/** The one action id inside each of the modal's input blocks. */
export const EXCEPTION_INPUT = 'value';
