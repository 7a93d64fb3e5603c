import type { Policy } from './schema.js';
import type { Bilingual, CheckResult, Finding, Kind } from './types.js';
import type { CheckContext, DetectInput, Hit } from './rules/Detector.js';
import { compilePolicy } from './compilePolicy.js';
import { normalizedOf } from './rules/lexicon.js';
import { detectLanguage } from '../text/detectLanguage.js';
import type { PageException } from './PageException.js';
import { exceptionWaives } from './exceptionWaives.js';

export type { CheckContext } from './rules/Detector.js';

const QUOTE_MAX = 80;

/**
 * The longest text checked whole: a Facebook comment is at most 8,000 characters, a post rarely longer. Every
 * detector is linear in the text's length (test/policy/linearTime.test.ts), but a check runs on the event loop
 * and some texts are dear per character (100 KB of one repeated letter: about 1 s under one policy); beyond
 * this, the rest of the text is not checked and a `review` finding says so, so no text holds the loop for long
 * (about a fifth of that here), whatever a future detector costs.
 */
export const MAX_CHECKED_CHARS = 20_000;

/** Where a text is cut so that no surrogate pair is split. */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

function tooLong(policy: Policy, text: string, cut: number): Finding {
  const n = cut.toLocaleString('fr-CA');
  return {
    category: 'too_long',
    rule: `${policy.id}/too-long`,
    severity: 'medium',
    message: {
      fr: `Texte trop long : seuls les ${n} premiers caractères sur ${text.length.toLocaleString('fr-CA')} ont été vérifiés. Lire le reste avant de décider.`,
      en: `Text too long: only the first ${cut.toLocaleString('en-CA')} of ${text.length.toLocaleString('en-CA')} characters were checked. Read the rest before deciding.`,
    },
    span: [cut, text.length],
    match: text.slice(cut),
    clause: '',
    action: 'review',
  };
}

function quoted(match: string): string {
  const flat = match.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

/** Fills `{match}` and `{detail}`; a template that does not quote the text gets the quote in front. */
function render(template: string, lang: 'fr' | 'en', match: string, detail: string): string {
  const q = quoted(match);
  const open = lang === 'fr' ? '« ' : '“';
  const close = lang === 'fr' ? ' »' : '”';
  let out = template.replaceAll('{detail}', detail);
  if (out.includes('{match}')) return out.replaceAll('{match}', q);
  if (q) out = `${open}${q}${close}${lang === 'fr' ? ' : ' : ': '}${out}`;
  return out;
}

/** One finding per place: a hit inside a longer hit of the same rule ("CAQ" in "Votez CAQ") adds nothing. */
function outermost(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.span[0] >= last.span[0] && h.span[1] <= last.span[1] && h.span[1] > h.span[0]) continue;
    out.push(h);
  }
  return out;
}

/**
 * Checks one text against a policy: every rule that applies to this kind of text runs its compiled detector.
 * Synchronous and pure: facts from outside the text (posts today, author history, images) come in `context`.
 */
export function check(
  policy: Policy,
  whole: string,
  opts: {
    kind?: Kind;
    context?: CheckContext;
    /** Default MAX_CHECKED_CHARS. */
    maxChars?: number;
    /** The page's standing exceptions (moderators' "don't flag this here again"), and the comment's author. */
    exceptions?: readonly PageException[];
    authorId?: string;
  } = {},
): CheckResult {
  const kind = opts.kind ?? 'comment';
  const cut = cutAt(whole, opts.maxChars ?? MAX_CHECKED_CHARS);
  // A prefix: every span found in it is a span of the whole text.
  const text = cut < whole.length ? whole.slice(0, cut) : whole;
  const cache = new Map<string, unknown>();
  const nt = normalizedOf({ text, cache });
  const lang = detectLanguage(nt);
  cache.set('text:language', lang);
  const input: DetectInput = { text, kind, lang, policy, context: opts.context ?? {}, cache };
  const findings: Finding[] = [];
  for (const rule of compilePolicy(policy)) {
    if (!rule.config.kinds.includes(kind)) continue;
    for (const hit of outermost(rule.detect(input))) {
      const match = text.slice(hit.span[0], hit.span[1]);
      const detail: Bilingual = hit.note ?? { fr: hit.detail ?? '', en: hit.detail ?? '' };
      const reply = rule.config.reply ? policy.replies[rule.config.reply] : undefined;
      findings.push({
        category: rule.config.category,
        rule: rule.id,
        severity: hit.severity ?? rule.config.severity,
        message: {
          fr: render(rule.config.message.fr, 'fr', match, detail.fr),
          en: render(rule.config.message.en, 'en', match, detail.en),
        },
        span: hit.span,
        match,
        clause: rule.config.clause,
        action: hit.action ?? rule.config.action,
        ...(reply ? { reply } : {}),
      });
    }
  }
  if (cut < whole.length) findings.push(tooLong(policy, whole, cut));
  findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  // Waived after the rules ran, so the verdict is the one the remaining findings give, and the record says what was waived.
  const waived: NonNullable<CheckResult['waived']> = [];
  const kept = opts.exceptions?.length
    ? findings.filter((f) => {
        const e = exceptionWaives(opts.exceptions!, f, opts.authorId);
        if (e) waived.push({ rule: f.rule, match: f.match, exception: e.id });
        return !e;
      })
    : findings;
  const verdict = kept.some((f) => f.action === 'hide') ? 'hide' : kept.some((f) => f.action === 'review') ? 'review' : 'ok';
  return { verdict, findings: kept, ...(lang ? { language: lang } : {}), ...(waived.length ? { waived } : {}) };
}
