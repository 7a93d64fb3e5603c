// The finding shape every rule produces and every surface renders (see INTERFACE.md, "Findings and verdicts").

export const CATEGORIES = [
  'insult',
  'hate',
  'obscene',
  'threat',
  'defamation',
  'commercial',
  'political',
  'personal_info',
  'shouting',
  'repetition',
  'off_topic',
  'complaint',
  'emergency',
  'media',
  'language',
  'frequency',
  'signature',
  'accessibility',
  'conduct',
  'confidential',
  'copyright',
  'link',
  // Not a policy's: the engine's own, for a text too long to check whole (see check()).
  'too_long',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VERDICTS = ['ok', 'review', 'hide'] as const;
/**
 * What a finding recommends: `hide`, `review` (a person decides), or `note` — advice for what a policy encourages
 * but does not require (a bilingual post, alt text). A note is shown with a check's answer; it never raises the
 * verdict above `ok` and never raises an alert.
 */
export const ACTIONS = ['hide', 'review', 'note'] as const;
export type Action = (typeof ACTIONS)[number];
export type Verdict = (typeof VERDICTS)[number];

/** A `comment` is written by the public on the organization's account; a `post` is a staff draft. */
export const KINDS = ['comment', 'post'] as const;
export type Kind = (typeof KINDS)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lang = 'fr' | 'en';

/** Text in both product languages; the policy's language is shown first. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface Finding {
  category: Category;
  /** Stable rule id, e.g. `mess-quebec/insult`. */
  rule: string;
  severity: Severity;
  /** What the finding means and what to do, quoting the text found. */
  message: Bilingual;
  /** [start, end) offsets into the original text, in UTF-16 code units (String indices). */
  span: [number, number];
  /** The original text at `span`. */
  match: string;
  /** Short quote of the policy clause this rule enforces (French, as in the source document). */
  clause: string;
  /** The action the rule recommends on its own: `hide` or `review`. */
  action: Action;
  /** For complaints, emergencies and media requests: the reply the policy prescribes. */
  reply?: Bilingual;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  /** Detected language of the text, when known. */
  language?: Lang;
  /** Findings a moderator's standing exception on the page kept from being raised: the rule, the text, the exception's id. */
  waived?: { rule: string; match: string; exception: string }[];
}
