import { rulesTable } from '../../../src/cli/rulesTable.js';
import { DEFAULT_WINDOW_DAYS, ruleFigures } from '../../../src/moderation/learning/ruleFigures.js';
import { say } from '../../../src/messages/Message.js';
import type { ShellCommand } from '../ShellCommand.js';

/** `/regles [JOURS]`: the rule figures of `vigie rules report`, in the console, over the last JOURS days (30 by default). */
export const rules: ShellCommand = {
  names: { fr: ['regles'], en: ['rules'] },
  usage: { fr: '/regles [JOURS]', en: '/rules [DAYS]' },
  summary: 'console.help-rules',
  async run(args, { ctx, state }) {
    const typed = args.trim();
    const days = typed === '' ? DEFAULT_WINDOW_DAYS : /^\d{1,4}$/.test(typed) ? Number(typed) : NaN;
    if (!(days > 0)) {
      state.print(say(state.lang, 'console.usage', { usage: this.usage[state.lang] }));
      return;
    }
    const until = ctx.now();
    const report = ruleFigures(await ctx.store.listItems(), { since: new Date(until.getTime() - days * 86_400_000), until });
    state.print(rulesTable(report, state.lang).trimEnd());
  },
};
