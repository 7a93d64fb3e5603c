import type { ShellCommand } from '../ShellCommand.js';
import { say } from '../../../src/messages/Message.js';

export const quit: ShellCommand = {
  names: { fr: ['quitter'], en: ['quit', 'exit'] },
  usage: { fr: '/quitter', en: '/quit' },
  summary: 'console.help-quit',
  async run(_args, session) {
    session.state.print(say(session.state.lang, 'console.bye'));
    session.quit();
  },
};
