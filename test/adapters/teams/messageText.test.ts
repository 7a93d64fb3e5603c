import { describe, expect, it } from 'vitest';
import { messageText } from '../../../adapters/teams/messageText.js';

// Bodies as Teams delivers them: message payloads of the « … » menu are HTML, chat messages plain text.
const cases: [string, string, boolean | undefined, string][] = [
  ['plain text is kept as typed', 'Bonjour,   merci!', undefined, 'Bonjour, merci!'],
  ['paragraphs and breaks become lines', '<p>Première ligne</p><p>Deuxième<br/>troisième</p>', true, 'Première ligne\nDeuxième\ntroisième'],
  ['tags go, their text stays', '<div>Nos <strong>élus</strong> sont <em>nuls</em></div>', true, 'Nos élus sont nuls'],
  ['entities are decoded once', 'l&#39;appel &amp; la r&eacute;ponse &lt;3&nbsp;!', false, "l'appel & la r&eacute;ponse <3 !"],
  ['a double-escaped entity stays escaped', 'A &amp;lt; B', false, 'A &lt; B'],
  ['tags are detected without a content type', 'Salut <at>Vigie</at>', undefined, 'Salut Vigie'],
  ['a literal < in plain text is not a tag', 'si 3 < 5 alors', undefined, 'si 3 < 5 alors'],
  ['blank HTML is empty', '<p>&nbsp;</p>', true, ''],
];

describe('messageText', () => {
  it.each(cases)('%s', (_what, input, html, expected) => {
    expect(html === undefined ? messageText(input) : messageText(input, html)).toBe(expected);
  });
});
