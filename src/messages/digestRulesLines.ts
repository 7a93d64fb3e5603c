import { missedCategories } from './missedCategories.js';
import { DEFAULT_WINDOW_DAYS } from '../moderation/learning/ruleFigures.js';
import type { Lang } from '../policy/types.js';
import type { DigestRules } from '../sla/types.js';
import { say } from './Message.js';

/** The weekly part of the digest in words, the same on every surface; each surface adds only its own syntax. */
export function digestRulesLines(rules: DigestRules, lang: Lang): { title: string; threshold: string; lines: string[]; missed: string } {
  const days = Math.round((Date.parse(rules.until) - Date.parse(rules.since)) / 86_400_000) || DEFAULT_WINDOW_DAYS;
  return {
    title: say(lang, 'rules.digest-title', { days }),
    threshold: say(lang, 'rules.threshold', { below: rules.threshold.below, min: rules.threshold.minDecided, overruled: rules.threshold.overruled }),
    lines: rules.rules.length
      ? rules.rules.map((r) =>
          say(lang, 'rules.line', {
            rule: r.rule,
            page: r.pageName ?? r.pageId,
            precision: r.precision,
            followed: r.followed,
            overruled: r.overruled,
          }),
        )
      : [say(lang, 'rules.none')],
    missed: say(lang, 'rules.missed', { n: rules.missed, categories: missedCategories(rules.missedByCategory, lang) }),
  };
}
