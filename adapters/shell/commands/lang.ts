import type { ShellCommand } from '../ShellCommand.js';
import { say } from '../../../src/messages/Message.js';

export const lang: ShellCommand = {
  names: { fr: ['langue'], en: ['lang'] },
  usage: { fr: '/langue fr|en', en: '/lang fr|en' },
  summary: 'console.help-lang',
  async run(args, { state }) {
    const wanted = args.trim().toLowerCase();
    if (wanted === 'fr' || wanted === 'en') state.lang = wanted;
    else if (wanted !== '') {
      state.print(say(state.lang, 'console.usage', { usage: this.usage[state.lang] }));
      return;
    }
    state.print(say(state.lang, 'console.lang'));
  },
};
