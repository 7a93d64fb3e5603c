import { feedComment } from '../feedComment.js';
import { readSamples, type Sample } from '../readSamples.js';
import { say } from '../../../src/messages/Message.js';
import { UserError } from '../../../src/messages/UserError.js';
import { excerpt, verdictWord } from '../render.js';
import type { ShellCommand, ShellSession } from '../ShellCommand.js';
import { takeOptions } from '../takeOptions.js';

/** Feeds one comment and says what became of it when no alert was printed (an ok comment stands). */
async function feedAndSay(session: ShellSession, sample: Sample): Promise<void> {
  const item = await feedComment(session, sample);
  if (item.status === 'approved') {
    const lang = session.state.lang;
    session.state.print(
      say(lang, 'console.fed', {
        what: `${item.policyId} · ${verdictWord({ ...item, verdict: item.verdict ?? 'ok' }, lang)}`,
        text: excerpt(item.text, 80),
      }),
    );
  }
}

export const comment: ShellCommand = {
  names: { fr: ['commentaire'], en: ['comment'] },
  usage: { fr: '/commentaire [--page ID] [--author NOM] [--policy ID] TEXTE', en: '/comment [--page ID] [--author NAME] [--policy ID] TEXT' },
  summary: 'console.help-comment',
  async run(args, session) {
    const { options, rest } = takeOptions(args, { page: 'value', author: 'value', policy: 'value' });
    if (!rest) {
      session.state.print(say(session.state.lang, 'console.usage', { usage: this.usage[session.state.lang] }));
      return;
    }
    await feedAndSay(session, {
      text: rest,
      ...(typeof options.author === 'string' ? { author: options.author } : {}),
      ...(typeof options.page === 'string' ? { page: options.page } : {}),
      ...(typeof options.policy === 'string' ? { policy: options.policy } : {}),
    });
  },
};

export const sample: ShellCommand = {
  names: { fr: ['exemple'], en: ['sample'] },
  usage: { fr: '/exemple [N]', en: '/sample [N]' },
  summary: 'console.help-sample',
  async run(args, session) {
    const { samples } = await readSamples(session.samplesFile);
    const lang = session.state.lang;
    if (samples.length === 0) {
      session.state.print(say(lang, 'console.no-samples', { file: session.samplesFile }));
      return;
    }
    const wanted = args.trim();
    let index: number;
    if (wanted === '') index = session.state.nextSample % samples.length;
    else if (/^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= samples.length) index = Number(wanted) - 1;
    else {
      session.state.print(say(lang, 'console.sample-range', { n: samples.length }));
      return;
    }
    // « The next one » follows the last sample fed, numbered or not: after /exemple 4 comes 5 (issue 16 item 9).
    session.state.nextSample = index + 1;
    await feedAndSay(session, samples[index]!);
  },
};

export const load: ShellCommand = {
  names: { fr: ['charger'], en: ['load'] },
  usage: { fr: '/charger FICHIER', en: '/load FILE' },
  summary: 'console.help-load',
  async run(args, session) {
    const file = args.trim().replace(/^["']|["']$/g, '');
    const lang = session.state.lang;
    if (!file) {
      session.state.print(say(lang, 'console.usage', { usage: this.usage[lang] }));
      return;
    }
    let read: Awaited<ReturnType<typeof readSamples>>;
    try {
      read = await readSamples(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      session.state.print(
        say(lang, 'console.cannot-read', { file, reason: code === 'ENOENT' ? say(lang, 'console.no-such-file') : String(code ?? err) }),
      );
      return;
    }
    // Line by line in the file's order: a bad line is said where it stands and skipped, and the rest goes on, so a
    // file of a thousand comments is not lost to one typo in a policy id.
    let taken = 0;
    const skipped = new Map<string, number[]>();
    const skip = (line: number, reason: string) => {
      session.state.print(say(lang, 'console.bad-line', { line, reason }));
      skipped.set(reason, [...(skipped.get(reason) ?? []), line]);
    };
    const known = [...session.ctx.policies.keys()].join(', ');
    for (const entry of read.lines) {
      if ('reason' in entry) {
        skip(entry.line, entry.reason);
        continue;
      }
      const { policy } = entry.sample;
      if (policy !== undefined && !session.ctx.policies.has(policy)) {
        skip(entry.line, say(lang, 'policy.unknown', { policy, known }));
        continue;
      }
      try {
        await feedAndSay(session, entry.sample);
        taken += 1;
      } catch (err) {
        skip(entry.line, err instanceof UserError ? err.in(lang) : err instanceof Error ? err.message : String(err));
      }
    }
    const lines = [...skipped].reduce((n, [, at]) => n + at.length, 0);
    session.state.print(say(lang, 'console.load-summary', { file, taken, skipped: lines }));
    for (const [reason, at] of skipped) session.state.print(say(lang, 'console.skipped-why', { lines: at.join(', '), reason }));
  },
};
