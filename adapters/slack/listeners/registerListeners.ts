import type { App, BlockButtonAction } from '@slack/bolt';
import { CHECK_MESSAGE_SHORTCUT, CHECKPOST_COMMAND, DECISION_ACTIONS, EXCEPTION_ACTION, EXCEPTION_VIEW, REPLY_VIEW } from '../ids.js';
import { exceptionButton } from './exceptionButton.js';
import { exceptionSubmit } from './exceptionSubmit.js';
import type { SlackDeps } from '../SlackDeps.js';
import { checkMessage } from './checkMessage.js';
import { checkpost } from './checkpost.js';
import { decisionButton } from './decisionButton.js';
import { mention } from './mention.js';
import { replyButton } from './replyButton.js';
import { replySubmit } from './replySubmit.js';

/** What the app answers to; manifest.yml must declare exactly these (a test holds the two together). */
export interface Registered {
  commands: string[];
  shortcuts: string[];
  actions: string[];
  views: string[];
  events: string[];
}

/** Registers every listener explicitly, one per file, and returns what was registered. */
export function registerListeners(app: App, deps: SlackDeps): Registered {
  const registered: Registered = { commands: [], shortcuts: [], actions: [], views: [], events: [] };

  app.command(CHECKPOST_COMMAND, checkpost(deps));
  registered.commands.push(CHECKPOST_COMMAND);

  app.shortcut({ callback_id: CHECK_MESSAGE_SHORTCUT, type: 'message_action' }, checkMessage(deps));
  registered.shortcuts.push(CHECK_MESSAGE_SHORTCUT);

  for (const actionId of Object.keys(DECISION_ACTIONS) as (keyof typeof DECISION_ACTIONS)[]) {
    app.action<BlockButtonAction>(
      { type: 'block_actions', action_id: actionId },
      actionId === 'vigie_reply' ? replyButton(deps) : decisionButton(deps),
    );
    registered.actions.push(actionId);
  }

  app.action<BlockButtonAction>({ type: 'block_actions', action_id: EXCEPTION_ACTION }, exceptionButton(deps));
  registered.actions.push(EXCEPTION_ACTION);

  app.view({ callback_id: REPLY_VIEW, type: 'view_submission' }, replySubmit(deps));
  registered.views.push(REPLY_VIEW);

  app.view({ callback_id: EXCEPTION_VIEW, type: 'view_submission' }, exceptionSubmit(deps));
  registered.views.push(EXCEPTION_VIEW);

  app.event('app_mention', mention(deps));
  registered.events.push('app_mention');

  return registered;
}
