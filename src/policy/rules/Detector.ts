import type { z } from 'zod';
import type { Policy, RuleConfig } from '../schema.js';
import type { Action, Bilingual, Kind, Lang, Severity } from '../types.js';
import type { AuthorHistory } from '../../store/Store.js';

/** Facts from outside the text that some rules need (gathered by the caller, so checking stays synchronous). */
export interface CheckContext {
  /** Staff posts already published today on this account (frequency rule). */
  postsToday?: number;
  /** The comment author's recent history on this page (repetition, récidive). */
  authorHistory?: AuthorHistory;
  /** Images attached to a draft post, with their alt text if any (accessibility rule). */
  images?: { altText?: string }[];
}

export interface DetectInput {
  /** The original text; every span points into it. */
  text: string;
  kind: Kind;
  /** Language of the text, when detected. */
  lang: Lang | undefined;
  policy: Policy;
  context: CheckContext;
  /** Per-check scratch space so detectors share expensive work (normalization, tokens). */
  cache: Map<string, unknown>;
}

/** One place where a rule applies. */
export interface Hit {
  span: [number, number];
  /** Overrides of the rule's defaults for this hit (e.g. a mild word only asks for review). */
  severity?: Severity;
  action?: Action;
  /** Extra words for the message, e.g. the kind of personal information found. */
  detail?: string;
  /** The same extra words in both languages; replaces `{detail}` in the rule's message when present. */
  note?: Bilingual;
}

/**
 * A mechanism that rules name in policy YAML (`detector: lexicon`). Its params are validated with zod at load
 * time (every error listed by the loader), then compiled once into a fast matcher.
 */
export interface Detector<P = unknown> {
  name: string;
  params: z.ZodType<P>;
  compile(params: P, rule: RuleConfig, policy: Policy): (input: DetectInput) => Hit[];
  /** What the loader should report without refusing the policy (e.g. a duplicate alternative in a lexicon). */
  warnings?(params: P): readonly string[];
}
