import { z } from 'zod';
import { ACTIONS, CATEGORIES, KINDS, SEVERITIES } from './types.js';
import { calendarSchema, slaSchema } from '../sla/calendarSchema.js';

const bilingual = z.object({ fr: z.string().min(1), en: z.string().min(1) });

/**
 * One rule of a policy: which mechanism (detector) looks for what, under which clause, and what to do.
 * Words live in lexicon files and in `params`; the detector named here is code in `rules/`.
 */
export const ruleSchema = z
  .object({
    /** Stable within the policy; the finding's rule id is `${policy.id}/${id}`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    category: z.enum(CATEGORIES),
    /** Name of a detector in src/policy/rules/. */
    detector: z.string().min(1),
    /** Detector-specific settings (lexicon names, thresholds...), validated by the detector. */
    params: z.record(z.string(), z.unknown()).default({}),
    kinds: z.array(z.enum(KINDS)).min(1).default(['comment']),
    action: z.enum(ACTIONS),
    severity: z.enum(SEVERITIES).default('medium'),
    /** Short quote of the clause of the source document that this rule enforces (French). */
    clause: z.string().min(8, 'quote the clause of the policy document this rule enforces'),
    message: bilingual,
    /** Key into `replies` for the reply the policy prescribes (complaints, emergencies, media). */
    reply: z.string().optional(),
  })
  // A misspelt key (`parms:`) would otherwise be dropped without a word and the rule run with defaults.
  .strict();
export type RuleConfig = z.infer<typeof ruleSchema>;

const policyFields = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: bilingual,
    /** Language of the organization: messages are shown in it first. */
    language: z.enum(['fr', 'en']),
    /** Source document in policies/sources/ (for the record; clause tests read it there). */
    source: z.string(),
    calendar: calendarSchema,
    sla: slaSchema,
    replies: z.record(z.string(), bilingual).default({}),
    /** How the organization writes: shown by `vigie policies`, enforced by the `language` rule on posts. */
    languageRule: z
      .object({
        /** `fr-only`: French only; `bilingual`: official announcements in English and French; `any`: no rule. */
        mode: z.enum(['fr-only', 'en-only', 'bilingual', 'any']),
        /** Whether the rule is a requirement or an encouragement (the specialist accounts' guide). */
        required: z.boolean().default(true),
        description: bilingual,
      })
      .optional(),
    /** Staff posting limits (Baie-Comeau: 1 to 2 posts a day). */
    posting: z.object({ maxPerDay: z.number().int().positive() }).optional(),
    /** Words that say a comment is about the organization's work, for the off-topic rule. */
    mandate: z.object({ keywords: z.array(z.string().min(2)).min(1) }).optional(),
    /** Violations after which an author is a repeat offender (Senneterre's « récidive »). */
    repeatOffender: z
      .object({
        threshold: z.number().int().positive(),
        /**
         * Present when the document provides for blocking or banning a user from the page: its clause, quoted. Only
         * then may a person ban a comment's author where the platform can (YouTube's banAuthor).
         */
        block: z
          .object({ clause: z.string().min(8, 'quote the clause that provides for blocking users') })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /**
     * What the team's labelled record (`vigie decisions export`) may keep: the text of public comments only when
     * `keepText` says so (the organization's retention rules decide, not Vigie); private messages never.
     */
    record: z
      .object({ keepText: z.boolean().default(false) })
      .strict()
      .optional(),
    /** Office hours in words, as the document states them (or a note that it does not). */
    hoursNote: bilingual.optional(),
    /** May be empty: a drafted policy whose document names none of Vigie's categories still keeps the office's
     *  calendar and reply target (issue 20), and checks nothing until a person adds rules. */
    rules: z.array(ruleSchema),
  })
  .strict();

/**
 * A policy file. Unknown top-level keys are errors, except `x-...` keys, which hold YAML anchors shared by several
 * rules (e.g. `x-titles: &titles [...]`) and are dropped after parsing.
 */
export const policySchema = z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('x-'))) : v),
  policyFields,
);
export type Policy = z.infer<typeof policyFields>;
