import type { Lang } from '../../src/policy/types.js';
import type { When } from './cards/adaptiveCard.js';
import type { Reminder } from '../../src/sla/types.js';

/** What a proactive card needs to know about its item's policy: language, name and how to show instants. */
export interface CardLook {
  langFor(policyId: string): Lang;
  policyName(policyId: string, lang: Lang): string | undefined;
  whenFor(policyId: string, lang: Lang): When;
  /** A reminder in one line, as every surface words it. */
  reminderLine(reminder: Reminder, lang: Lang): string;
}
