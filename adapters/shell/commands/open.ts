import { excerpt, num, when } from '../render.js';
import type { ShellCommand } from '../ShellCommand.js';
import { t, type TextKey } from '../texts.js';

export const open: ShellCommand = {
  names: { fr: ['ouverts'], en: ['open'] },
  usage: { fr: '/ouverts', en: '/open' },
  summary: { fr: 'éléments ouverts et leurs échéances', en: 'open items and their deadlines' },
  async run(_args, { ctx, state }) {
    const lang = state.lang;
    const items = await ctx.store.listItems(['open']);
    if (items.length === 0) {
      state.print(t(lang, 'noOpen'));
      return;
    }
    // Soonest deadline first; items that need no reply (flagged only) after them, oldest first.
    const at = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.POSITIVE_INFINITY);
    items.sort((a, b) => at(a.deadline) - at(b.deadline) || at(a.receivedAt) - at(b.receivedAt));
    const lines = [t(lang, 'openTitle', items.length)];
    for (const item of items) {
      const verdict = item.verdict ?? item.check?.verdict;
      lines.push(
        `  ${num(await state.numberOf(item), lang)} · ${verdict ? t(lang, `verdict_${verdict}` as TextKey) : '—'} · ` +
          `${item.author.name ?? item.author.id} · ${item.deadline ? t(lang, 'dueBy', when(item.deadline, lang, state.policyOf(item.policyId)?.calendar.timeZone)) : '—'}`,
        `      ${excerpt(item.text, 100)}`,
      );
    }
    state.print(lines.join('\n'));
  },
};
