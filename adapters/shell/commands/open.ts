import { say } from '../../../src/messages/Message.js';
import { excerpt, num, verdictWord, when } from '../render.js';
import type { ShellCommand } from '../ShellCommand.js';
import { alertView } from '../../../src/moderation/alertView.js';

export const open: ShellCommand = {
  names: { fr: ['ouverts'], en: ['open'] },
  usage: { fr: '/ouverts', en: '/open' },
  summary: 'console.help-open',
  async run(_args, { ctx, state }) {
    const lang = state.lang;
    const items = await ctx.store.listItems(['open']);
    if (items.length === 0) {
      state.print(say(lang, 'console.no-open'));
      return;
    }
    // Soonest deadline first; items that need no reply (flagged only) after them, oldest first.
    const at = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.POSITIVE_INFINITY);
    items.sort((a, b) => at(a.deadline) - at(b.deadline) || at(a.receivedAt) - at(b.receivedAt));
    const lines = [say(lang, 'console.open-title', { n: items.length })];
    for (const stored of items) {
      const look = state.look(stored.policyId);
      // A private message is listed as it was alerted: sender masked, text withheld where it was.
      const item = alertView(stored, look.policy?.language ?? lang);
      lines.push(
        `  ${num(await state.numberOf(item), lang)} · ${(item.verdict ?? item.check?.verdict) ? verdictWord(item, lang) : '—'} · ` +
          `${item.author.name ?? item.author.id} · ${item.deadline ? say(lang, 'alert.due-by', { when: when(item.deadline, look) }) : '—'}`,
        `      ${excerpt(item.text, 100)}`,
      );
    }
    state.print(lines.join('\n'));
  },
};
