import type { Lang } from '../../src/policy/types.js';
import { say } from '../../src/messages/Message.js';
import { labelled } from '../../src/messages/typography.js';

/** `checkpost`'s help in Teams markdown: the catalogue's words (the same as Slack's), Teams' list syntax. */
export function teamsHelp(lang: Lang): string {
  const text = say(lang, 'help.text');
  return [
    say(lang, 'help.title'),
    '',
    `- ${labelled(`\`checkpost ${text}\``, say(lang, 'help.check-post'), lang)}`,
    `- ${labelled(`\`checkpost --comment ${text}\``, say(lang, 'help.check-comment'), lang)}`,
    `- ${labelled(`\`checkpost --policy ID ${text}\``, say(lang, 'help.check-policy'), lang)}`,
    `- ${say(lang, 'help.check-message', { menu: '…' })}`,
  ].join('\n');
}
