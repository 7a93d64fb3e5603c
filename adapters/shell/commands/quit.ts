import type { ShellCommand } from '../ShellCommand.js';
import { t } from '../texts.js';

export const quit: ShellCommand = {
  names: { fr: ['quitter'], en: ['quit', 'exit'] },
  usage: { fr: '/quitter', en: '/quit' },
  summary: { fr: 'arrêter Vigie', en: 'stop Vigie' },
  async run(_args, session) {
    session.state.print(t(session.state.lang, 'bye'));
    session.quit();
  },
};
