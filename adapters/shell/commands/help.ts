import { say } from '../../../src/messages/Message.js';
import type { ShellCommand } from '../ShellCommand.js';

export const help: ShellCommand = {
  names: { fr: ['aide'], en: ['help', '?'] },
  usage: { fr: '/aide', en: '/help' },
  summary: 'console.help-help',
  async run(_args, { state, commands }) {
    const lang = state.lang;
    const width = Math.max(...commands.map((c) => c.usage[lang].length));
    const lines = commands.map((c) => {
      const other = lang === 'fr' ? c.names.en[0] : c.names.fr[0];
      const alias = other && other !== (lang === 'fr' ? c.names.fr[0] : c.names.en[0]) ? ` (/${other})` : '';
      return `  ${c.usage[lang].padEnd(width)}  ${say(lang, c.summary)}${alias}`;
    });
    state.print([say(lang, 'console.help-title'), ...lines, say(lang, 'console.help-numbers')].join('\n'));
  },
};
