import { checkDraft } from '../../../src/moderation/checkDraft.js';
import { describeResult } from '../../../src/policy/describeResult.js';
import { parseCheckpost } from '../../../src/policy/parseCheckpost.js';
import type { ShellCommand } from '../ShellCommand.js';
import { say } from '../../../src/messages/Message.js';

/** The same check as Slack's and Teams' /checkpost (a draft post unless --comment): nothing is stored, only the verdict is shown. */
export const checkpost: ShellCommand = {
  names: { fr: ['checkpost', 'verifier'], en: ['checkpost', 'check'] },
  usage: { fr: '/checkpost [--comment] [--policy ID] TEXTE', en: '/checkpost [--comment] [--policy ID] TEXT' },
  summary: 'console.help-checkpost',
  async run(args, { ctx, state }) {
    const parsed = parseCheckpost(args, ctx.policies, ctx.defaultPolicyId, state.lang);
    if ('error' in parsed) {
      // Empty text asks for help: the usage in the console's language says it better than the engine's line.
      state.print(parsed.help ? say(state.lang, 'console.usage', { usage: this.usage[state.lang] }) : parsed.error);
      return;
    }
    const result = await checkDraft(ctx, parsed);
    state.print(describeResult(result, state.lang, parsed.kind));
  },
};
