import { alertOffer } from '../../../src/moderation/alertOffer.js';
import { alreadyDone } from '../alreadyDone.js';
import { replyModal } from '../blocks/replyModal.js';
import type { SlackDeps } from '../SlackDeps.js';
import { modalButton } from './modalButton.js';

/**
 * Reply: opens a modal holding the reply the policy prescribes (complaints, emergencies), in the comment's language,
 * for the person to adapt and publish; a comment already answered is said so instead.
 */
export function replyButton(deps: SlackDeps) {
  return modalButton(deps, 'reply', (item, look, origin) =>
    item.decision === 'reply'
      ? alreadyDone(item, look, 'reply')
      : replyModal(item, alertOffer(item, look.policy.language).reply?.text ?? '', look.lang, origin),
  );
}
