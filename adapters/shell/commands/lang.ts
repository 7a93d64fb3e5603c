import type { ShellCommand } from '../ShellCommand.js';
import { t } from '../texts.js';

export const lang: ShellCommand = {
  names: { fr: ['langue'], en: ['lang'] },
  usage: { fr: '/langue fr|en', en: '/lang fr|en' },
  summary: { fr: 'langue de la console', en: 'console language' },
  async run(args, { state }) {
    const wanted = args.trim().toLowerCase();
    if (wanted === 'fr' || wanted === 'en') state.lang = wanted;
    else if (wanted !== '') {
      state.print(t(state.lang, 'usage', this.usage[state.lang]));
      return;
    }
    state.print(t(state.lang, 'lang'));
  },
};
