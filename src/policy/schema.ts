import { z } from 'zod';
import { CATEGORIES, KINDS, SEVERITIES } from './types.js';
import { calendarSchema, slaSchema } from '../sla/calendarSchema.js';

const bilingual = z.object({ fr: z.string().min(1), en: z.string().min(1) });

/**
 * One rule of a policy: which mechanism (detector) looks for what, under which clause, and what to do.
 * Words live in lexicon files and in `params`; the detector named here is code in `rules/`.
 */
export const ruleSchema = z.object({
  /** Stable within the policy; the finding's rule id is `${policy.id}/${id}`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  category: z.enum(CATEGORIES),
  /** Name of a detector in src/policy/rules/. */
  detector: z.string().min(1),
  /** Detector-specific settings (lexicon names, thresholds...), validated by the detector. */
  params: z.record(z.string(), z.unknown()).default({}),
  kinds: z.array(z.enum(KINDS)).min(1).default(['comment']),
  action: z.enum(['hide', 'review']),
  severity: z.enum(SEVERITIES).default('medium'),
  /** Short quote of the clause of the source document that this rule enforces (French). */
  clause: z.string().min(8, 'quote the clause of the policy document this rule enforces'),
  message: bilingual,
  /** Key into `replies` for the reply the policy prescribes (complaints, emergencies, media). */
  reply: z.string().optional(),
});
export type RuleConfig = z.infer<typeof ruleSchema>;

export const policySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: bilingual,
  /** Language of the organization: messages are shown in it first. */
  language: z.enum(['fr', 'en']),
  /** Source document in shared/seeds (for the record). */
  source: z.string(),
  calendar: calendarSchema,
  sla: slaSchema,
  replies: z.record(z.string(), bilingual).default({}),
  rules: z.array(ruleSchema).min(1),
});
export type Policy = z.infer<typeof policySchema>;
