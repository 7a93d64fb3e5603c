import { exceptionModal } from '../blocks/exceptionModal.js';
import type { SlackDeps } from '../SlackDeps.js';
import { modalButton } from './modalButton.js';

/** "Ne plus signaler ce terme ici": opens the modal where a moderator names the term (or author) and why. */
export function exceptionButton(deps: SlackDeps) {
  // The exception's origin is the alert's item and channel; the message's ts is the Reply modal's only.
  return modalButton(deps, 'exception', (item, look, { itemId, channel }) =>
    exceptionModal(item, look.lang, { itemId, ...(channel ? { channel } : {}) }),
  );
}
