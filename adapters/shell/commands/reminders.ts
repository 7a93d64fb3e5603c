import { alertView } from '../../../src/moderation/alertView.js';
import { runReminders } from '../../../src/moderation/runReminders.js';
import { buildDigest } from '../../../src/sla/buildDigest.js';
import type { ShellCommand } from '../ShellCommand.js';
import { say } from '../../../src/messages/Message.js';

export const remind: ShellCommand = {
  names: { fr: ['rappels'], en: ['remind'] },
  usage: { fr: '/rappels', en: '/remind' },
  summary: 'console.help-remind',
  async run(_args, { ctx, state }) {
    // The real tick: reminders go to every surface and are marked sent, as when the scheduler fires.
    const sent = await runReminders(ctx, ctx.now());
    state.print(sent.length === 0 ? say(state.lang, 'console.no-reminders') : say(state.lang, 'console.reminders-sent', { n: sent.length }));
  },
};

export const digest: ShellCommand = {
  names: { fr: ['bilan'], en: ['digest'] },
  usage: { fr: '/bilan [POLITIQUE]', en: '/digest [POLICY]' },
  summary: 'console.help-digest',
  async run(args, { ctx, state, surface }) {
    // Shown here only, at any hour, and not marked sent: the morning digest still goes out on every surface.
    const wanted = args.trim();
    if (wanted && !ctx.policies.has(wanted)) {
      state.print(say(state.lang, 'console.usage-known', { usage: this.usage[state.lang], known: [...ctx.policies.keys()].join(', ') }));
      return;
    }
    const items = await ctx.store.listItems();
    const ids = wanted ? [wanted] : [...ctx.policies.keys()].filter((id) => id === ctx.defaultPolicyId || items.some((i) => i.policyId === id));
    const now = ctx.now();
    for (const id of ids) {
      const digest = buildDigest(
        items.filter((i) => i.policyId === id),
        ctx.policies.get(id)!,
        now,
      );
      const lang = ctx.policies.get(id)!.language;
      // Private messages as every digest shows them (postDigest): sender masked, text withheld where it was.
      await surface.digest({
        ...digest,
        dueToday: digest.dueToday.map((i) => alertView(i, lang)),
        breached: digest.breached.map((i) => alertView(i, lang)),
      });
    }
  },
};
