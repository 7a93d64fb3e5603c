import type { Verdict } from '../policy/types.js';

/** What failed to reach a chat surface: a new alert, an alert's update after a decision, a reminder, a digest. */
export type Delivery = 'alert' | 'update' | 'reminder' | 'digest';

/**
 * What the core counts as it works, for an operator's dashboard. The composition root backs it with Prometheus
 * counters (adapters/metrics) when metrics are on; without it nothing is counted. Counting never throws and never
 * waits: the pipeline does not slow down for it.
 */
export interface Metrics {
  /** A comment was checked (an edited comment, or one retried after its alert failed, is counted again). */
  checked(source: string, verdict: Verdict, categories: string[]): void;
  /** A person's decision was carried out (`dry-run` included) or failed on the platform. */
  decided(decision: string, result: 'ok' | 'dry-run' | 'error'): void;
  /** A chat surface refused or could not be reached. */
  deliveryFailed(surface: string, what: Delivery): void;
  /** Reminders posted one by one, and reminders folded into a catch-up digest. */
  reminders(sent: number, caughtUp: number): void;
  /** A chat surface answered a `/checkpost`, this long after the command reached Vigie. */
  checkpostAnswered(surface: string, seconds: number): void;
}
