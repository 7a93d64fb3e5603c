import type { ShellCommand } from '../ShellCommand.js';

export const help: ShellCommand = {
  names: { fr: ['aide'], en: ['help', '?'] },
  usage: { fr: '/aide', en: '/help' },
  summary: { fr: 'cette liste', en: 'this list' },
  async run(_args, { state, commands }) {
    const lang = state.lang;
    const width = Math.max(...commands.map((c) => c.usage[lang].length));
    const lines = commands.map((c) => {
      const other = lang === 'fr' ? c.names.en[0] : c.names.fr[0];
      const alias = other && other !== (lang === 'fr' ? c.names.fr[0] : c.names.en[0]) ? ` (/${other})` : '';
      return `  ${c.usage[lang].padEnd(width)}  ${c.summary[lang]}${alias}`;
    });
    state.print(
      [
        lang === 'fr' ? 'Commandes (français ou anglais) :' : 'Commands (English or French):',
        ...lines,
        lang === 'fr'
          ? 'Les alertes sont numérotées : /masquer 2 agit sur l’alerte n° 2. Raccourcis : /a, /m, /r, /s suivis du numéro.'
          : 'Alerts are numbered: /hide 2 acts on alert #2. Shortcuts: /a, /h, /r, /d followed by the number.',
      ].join('\n'),
    );
  },
};
